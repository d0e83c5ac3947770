/**
 * Issue 6, item 2: a full disk during a write gives a clear error, leaves no partial write, and the
 * app keeps working. SQLite is made to run out of space with `PRAGMA max_page_count` on the open
 * handle: the register may not grow past the given number of pages, exactly as on a full disk.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkIntegrity } from '../../db'
import { dispatch, storageFailureMessage } from '../../main/transport/dispatch'
import { listen, TOKEN_HEADER } from '../../main/transport/http'
import { registerIpc, type IpcListener } from '../../main/transport/ipc'
import { counterpartyInput, type Result } from '../../preload/contract'
import { contentChecksum, rowCounts } from '../helpers/register-content'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

const DISK_FULL = 'The disk is full: nothing was saved. Free some space and try again.'

let reg: TempRegister
let unlimited: number
const logged: unknown[] = []

beforeEach(async () => {
  reg = await openTempRegister()
  unlimited = reg.db.sqlite.pragma('max_page_count', { simple: true }) as number
  logged.length = 0
  // Something to refer to and to update.
  const owner = await reg.handlers['counterparties:create'](
    counterpartyInput.parse({ name: 'Hostly ApS', notes: big(9_000) }),
  )
  expect(owner.id).toBe(1)
})
afterEach(async () => {
  await reg.close()
})

const sqlite = () => reg.db.sqlite
/** Lets the register grow by at most `pages` pages from now on. */
const fillDiskLeaving = (pages: number) => {
  const used = sqlite().pragma('page_count', { simple: true }) as number
  sqlite().pragma(`max_page_count = ${used + pages}`)
}
const freeSpace = () => sqlite().pragma(`max_page_count = ${unlimited}`)
const call = (channel: string, input: unknown) =>
  dispatch(reg.handlers, channel, input, (error) => logged.push(error))

const big = (n: number) => 'Lorem ipsum dolor sit amet. '.repeat(Math.ceil(n / 28)).slice(0, n)
const pdf = Buffer.alloc(60_000, 0x25).toString('base64')

/** Writes that need new pages: records, their change-log entries, the search index, documents. */
const writes: [string, string, unknown][] = [
  ['a counterparty', 'counterparties:create', { name: 'Netcompany A/S', notes: big(9_000) }],
  [
    'an agreement',
    'agreements:create',
    { counterparty_id: 1, type: 'dpa', status: 'signed', notes: big(9_000) },
  ],
  ['a contact', 'contacts:create', { counterparty_id: 1, name: 'Mette Holm', notes: big(9_000) }],
  // An update that writes the same notes again changes nothing and is not logged, so the retry
  // after the disk is freed writes other notes.
  ['an update', 'counterparties:update', { id: 1, patch: { notes: big(9_500) } }],
  [
    'a document',
    'documents:create',
    { owner_type: 'counterparty', owner_id: 1, file_name: 'dpa.pdf', content_base64: pdf },
  ],
]

/** The same call once more; an update's notes changed, so that it is a change again. */
function retryOf(input: unknown): unknown {
  const { id, patch } = input as { id?: number; patch?: { notes?: string } }
  if (id === undefined || patch?.notes === undefined) return input
  return { id, patch: { notes: `${patch.notes.slice(1)}!` } }
}

describe('a full disk during a write', () => {
  it.each(writes)(
    'saving %s fails with a clear error and changes nothing, wherever the disk fills up; then it succeeds',
    async (_name, channel, input) => {
      let failures = 0
      let fitted = false
      // Leave 0, 1, 2, … free pages, so the disk fills up at every point of the transaction in
      // turn (the record, the search index, the change-log entry), until the write fits.
      for (let pages = 0; pages < 200; pages++) {
        const before = contentChecksum(sqlite())
        const counts = rowCounts(sqlite())
        fillDiskLeaving(pages)
        const result = await call(channel, input)
        if (result.ok) {
          fitted = true
          break
        }
        failures++
        expect(result).toEqual({ ok: false, error: { code: 'disk_full', message: DISK_FULL } })
        expect(sqlite().inTransaction).toBe(false)
        expect(rowCounts(sqlite())).toEqual(counts)
        expect(contentChecksum(sqlite())).toBe(before)
        expect(checkIntegrity(sqlite())).toEqual({ ok: true, problems: [] })
      }
      expect(failures).toBeGreaterThan(0)
      expect(fitted).toBe(true)
      expect(logged.every((error) => (error as { code?: string }).code === 'SQLITE_FULL')).toBe(
        true,
      )

      // Space again: the same call succeeds and is logged once.
      freeSpace()
      const logRows = rowCounts(sqlite()).change_log ?? 0
      const again = await call(channel, retryOf(input))
      expect(again.ok).toBe(true)
      expect(rowCounts(sqlite()).change_log).toBe(logRows + 1)
      expect(checkIntegrity(sqlite())).toEqual({ ok: true, problems: [] })
    },
  )

  it('leaves reads working while the disk is full', async () => {
    fillDiskLeaving(0)
    expect(await call('counterparties:list', { search: 'host' })).toMatchObject({
      ok: true,
      value: { total: 1 },
    })
    expect(await call('changelog:list', {})).toMatchObject({ ok: true, value: { total: 1 } })
  })

  it('reaches the window over IPC with the same message', async () => {
    const listeners = new Map<string, IpcListener>()
    registerIpc({ handle: (channel, listener) => listeners.set(channel, listener) }, reg.handlers, {
      log: () => undefined,
    })
    const create = listeners.get('counterparties:create')
    if (!create) throw new Error('counterparties:create is not registered')
    const event = { senderFrame: { url: 'app://dpa-desk/index.html', parent: null } }
    fillDiskLeaving(0)
    const input = { name: 'Netcompany A/S', notes: big(9_000) }
    expect(await create(event, input)).toEqual({
      ok: false,
      error: { code: 'disk_full', message: DISK_FULL },
    })
    freeSpace()
    expect(await create(event, input)).toMatchObject({ ok: true })
  })

  it('reaches the browser over HTTP with the same message', async () => {
    const token = 'full-disk-token'
    const server = await listen({ handlers: reg.handlers, token, log: () => undefined })
    try {
      const post = () =>
        fetch(`http://127.0.0.1:${server.port}/api/counterparties:create`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify({ name: 'Netcompany A/S', notes: big(9_000) }),
        })
      fillDiskLeaving(0)
      const full = await post()
      expect(full.status).toBe(507)
      expect((await full.json()) as Result<unknown>).toEqual({
        ok: false,
        error: { code: 'disk_full', message: DISK_FULL },
      })
      freeSpace()
      const saved = await post()
      expect(saved.status).toBe(200)
    } finally {
      await server.close()
    }
  })
})

describe('storageFailureMessage', () => {
  it('names a full disk and a failing disk, and nothing else', () => {
    expect(storageFailureMessage({ code: 'SQLITE_FULL' })).toBe(DISK_FULL)
    expect(storageFailureMessage({ code: 'SQLITE_IOERR_WRITE' })).toMatch(
      /disk reported an error.*nothing was saved/,
    )
    expect(storageFailureMessage({ code: 'SQLITE_CONSTRAINT' })).toBeNull()
    expect(storageFailureMessage(new Error('boom'))).toBeNull()
    expect(storageFailureMessage(null)).toBeNull()
    expect(storageFailureMessage('SQLITE_FULL')).toBeNull()
  })
})
