import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { channels, type Result } from '../../preload/contract'
import {
  registerIpc,
  type IpcInvokeEvent,
  type IpcListener,
  type IpcMainLike,
  type IpcSenderFrame,
} from '../../main/transport/ipc'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

/** Records what registerIpc hands to ipcMain.handle, and invokes it like Electron would. */
class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, IpcListener>()

  handle(channel: string, listener: IpcListener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`)
    this.listeners.set(channel, listener)
  }

  invoke(channel: string, input: unknown, frame: IpcSenderFrame | null = topFrame()) {
    const listener = this.listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    const event: IpcInvokeEvent = { senderFrame: frame }
    return listener(event, input)
  }
}

const topFrame = (url = 'app://dpa-desk/index.html'): IpcSenderFrame => ({ url, parent: null })
const subFrame = (url = 'app://dpa-desk/index.html'): IpcSenderFrame => ({
  url,
  parent: topFrame(),
})

let register: TempRegister
let ipc: FakeIpcMain
const logged: unknown[] = []

beforeEach(async () => {
  register = await openTempRegister()
  ipc = new FakeIpcMain()
  logged.length = 0
  registerIpc(ipc, register.handlers, { log: (message) => logged.push(message) })
})

afterEach(async () => {
  await register.close()
})

async function counterpartyCount(): Promise<number> {
  const result = await ipc.invoke('counterparties:list', {})
  if (!result.ok) throw new Error(result.error.message)
  return (result.value as { total: number }).total
}

describe('registerIpc', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...ipc.listeners.keys()].sort()).toEqual(Object.keys(channels).sort())
  })

  it('creates and then lists a counterparty from our own window', async () => {
    const created = await ipc.invoke('counterparties:create', {
      name: 'Hetzner Online GmbH',
      country: 'de',
      kinds: ['supplier', 'processor'],
      role: 'processor',
    })
    expect(created).toMatchObject({
      ok: true,
      value: { name: 'Hetzner Online GmbH', country: 'DE' },
    })

    const listed = (await ipc.invoke('counterparties:list', { search: 'hetzner' })) as Result<{
      rows: { name: string; kinds: string[] }[]
      total: number
    }>
    expect(listed.ok).toBe(true)
    if (!listed.ok) return
    expect(listed.value.total).toBe(1)
    expect(listed.value.rows[0]).toMatchObject({
      name: 'Hetzner Online GmbH',
      kinds: ['supplier', 'processor'],
    })
  })

  it('treats a missing input as an empty object', async () => {
    const result = await ipc.invoke('counterparties:list', undefined)
    expect(result).toMatchObject({ ok: true, value: { total: 0, rows: [] } })
  })

  it('returns a validation error that names the field, and writes nothing', async () => {
    const result = await ipc.invoke('counterparties:create', { name: 'X', country: 'Denmark' })
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field: 'country' } })
    const empty = await ipc.invoke('counterparties:create', { name: '   ' })
    expect(empty).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } })
    const wrongType = await ipc.invoke('counterparties:get', { id: 'one' })
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'validation', field: 'id' } })
    expect(await counterpartyCount()).toBe(0)
  })

  it('passes service errors on as typed errors', async () => {
    const result = await ipc.invoke('counterparties:get', { id: 4711 })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('the sender check', () => {
  const input = { name: 'Evil Corp', kinds: ['supplier'] }

  it.each([
    ['a foreign web page', topFrame('https://evil.example/')],
    ['a file:// page', topFrame('file:///tmp/index.html')],
    ['another app:// host', topFrame('app://evil/index.html')],
    ['a lookalike host', topFrame('app://dpa-desk.evil.example/')],
    ['a dev server', topFrame('http://localhost:5173/')],
    ['a subframe of our own page', subFrame()],
    ['a foreign subframe', subFrame('https://evil.example/')],
    ['a destroyed frame', null],
  ])('refuses %s and changes nothing', async (_name, frame) => {
    const result = await ipc.invoke('counterparties:create', input, frame)
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('refused') as unknown },
    })
    expect(await counterpartyCount()).toBe(0)
    const changes = await ipc.invoke('changelog:list', {})
    expect(changes).toMatchObject({ ok: true, value: { total: 0 } })
    expect(logged.some((line) => String(line).includes('Refused IPC call'))).toBe(true)
  })

  it('refuses reads from a foreign origin too', async () => {
    await ipc.invoke('counterparties:create', { name: 'Netcompany A/S' })
    const result = await ipc.invoke('counterparties:list', {}, topFrame('https://evil.example/'))
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(JSON.stringify(result)).not.toContain('Netcompany')
  })

  it('refuses before parsing, so a forbidden caller learns nothing from validation', async () => {
    const result = await ipc.invoke('counterparties:create', { name: 7 }, subFrame())
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})
