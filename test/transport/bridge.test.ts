import { describe, expect, expectTypeOf, it, vi } from 'vitest'
import {
  createBridge,
  type BridgeFunction,
  type BridgeName,
  type DpaBridge,
} from '../../preload/bridge'
import { bridgeName, channels, type Channel } from '../../preload/contract'

const allChannels = Object.keys(channels) as Channel[]

// Electron's preload API, replaced so the real preload module can run on Node.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((channel: string, input: unknown) =>
    Promise.resolve({ ok: true, value: { channel, input } }),
  ),
}))
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: { invoke: electron.invoke },
}))

describe('createBridge', () => {
  it('has one function per channel, named by bridgeName, and nothing else', () => {
    const bridge = createBridge(() => Promise.resolve(null))
    expect(Object.keys(bridge).sort()).toEqual(allChannels.map(bridgeName).sort())
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function')
    expect(bridge).not.toHaveProperty('invoke')
    expect(Object.isFrozen(bridge)).toBe(true)
  })

  it('sends each call on its own channel with the input unchanged', async () => {
    const calls: [string, unknown][] = []
    const bridge = createBridge((channel, input) => {
      calls.push([channel, input])
      return Promise.resolve({ ok: true, value: null })
    })
    await bridge.counterpartiesList({ search: 'google' })
    await bridge.appInfo({})
    await bridge.demoCreate({})
    expect(calls).toEqual([
      ['counterparties:list', { search: 'google' }],
      ['app:info', {}],
      ['demo:create', {}],
    ])
  })

  it('has a type whose keys are the names bridgeName gives', () => {
    expectTypeOf<BridgeName<'counterparties:list'>>().toEqualTypeOf<'counterpartiesList'>()
    expectTypeOf<BridgeName<'app:info'>>().toEqualTypeOf<'appInfo'>()
    expectTypeOf<BridgeName<'sub-processor:link-list'>>().toEqualTypeOf<'subProcessorLinkList'>()
    expect(bridgeName('sub-processor:link-list' as Channel)).toBe('subProcessorLinkList')
    expectTypeOf<keyof DpaBridge>().toEqualTypeOf<BridgeName<Channel>>()
    expectTypeOf<DpaBridge['counterpartiesCreate']>().toEqualTypeOf<
      BridgeFunction<'counterparties:create'>
    >()
  })
})

describe('the preload', () => {
  it('exposes only window.dpa, which calls ipcRenderer.invoke per channel', async () => {
    await import('../../preload/index')
    expect([...electron.exposed.keys()]).toEqual(['dpa'])
    const dpa = electron.exposed.get('dpa') as DpaBridge
    expect(Object.keys(dpa)).toHaveLength(allChannels.length)
    const result = await dpa.counterpartiesGet({ id: 3 })
    expect(electron.invoke).toHaveBeenCalledWith('counterparties:get', { id: 3 })
    expect(result).toEqual({ ok: true, value: { channel: 'counterparties:get', input: { id: 3 } } })
  })
})
