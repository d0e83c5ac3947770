import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  listen,
  MAX_BODY_MB,
  resolveStaticFile,
  TOKEN_HEADER,
  tokenMatches,
  type RunningServer,
} from '../../main/transport/http'
import { CONTENT_SECURITY_POLICY } from '../../main/shell/policy'
import { MAX_IMPORT_BYTES } from '../../preload/contract'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

const TOKEN = 'test-token-0123456789'
let reg: TempRegister
let server: RunningServer

beforeEach(async () => {
  reg = await openTempRegister()
  const staticDir = path.join(reg.dir, 'static')
  fs.mkdirSync(staticDir)
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>DPA Desk</title>')
  fs.writeFileSync(path.join(reg.dir, 'secret.txt'), 'outside')
  server = await listen({ handlers: reg.handlers, token: TOKEN, staticDir, log: () => undefined })
})
afterEach(async () => {
  await server.close()
  await reg.close()
})

const base = () => `http://127.0.0.1:${server.port}`
const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base()}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
const count = async () => {
  const res = await api('counterparties:list', {})
  return ((await res.json()) as { value: { total: number } }).value.total
}
const logCount = () => reg.db.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()

describe('the HTTP transport', () => {
  it('binds to loopback only and prints an address with the token in the fragment', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' })
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${TOKEN}`)
  })

  it('serves a valid call with the token and same origin', async () => {
    const res = await api('counterparties:create', { name: 'Hostly ApS' }, { origin: base() })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, value: { name: 'Hostly ApS' } })
    expect(await count()).toBe(1)
  })

  const refusals: [string, () => Promise<Response>, number, string][] = [
    [
      'without the token',
      () => api('counterparties:create', { name: 'X' }, { [TOKEN_HEADER]: '' }),
      401,
      'unauthorized',
    ],
    [
      'with a wrong token',
      () => api('counterparties:create', { name: 'X' }, { [TOKEN_HEADER]: 'guess' }),
      401,
      'unauthorized',
    ],
    [
      'from another origin',
      () => api('counterparties:create', { name: 'X' }, { origin: 'https://evil.example' }),
      403,
      'forbidden',
    ],
    [
      'from a look-alike origin',
      () =>
        api(
          'counterparties:create',
          { name: 'X' },
          { origin: `http://127.0.0.1:${server.port + 1}` },
        ),
      403,
      'forbidden',
    ],
    [
      'with a malformed JSON body',
      () => api('counterparties:create', '{"name": '),
      400,
      'validation',
    ],
    [
      'with an input that breaks the contract',
      () => api('counterparties:create', { name: 42 }),
      400,
      'validation',
    ],
    [
      'as a form post',
      () =>
        api('counterparties:create', 'name=X', {
          'content-type': 'application/x-www-form-urlencoded',
        }),
      400,
      'validation',
    ],
    ['for an unknown operation', () => api('counterparties:drop', {}), 404, 'not_found'],
  ]
  for (const [name, request, status, code] of refusals) {
    it(`refuses a request ${name} with a ${status} JSON error and changes nothing`, async () => {
      const before = logCount()
      const res = await request()
      expect(res.status).toBe(status)
      expect(res.headers.get('content-type')).toMatch(/application\/json/)
      expect(await res.json()).toMatchObject({ ok: false, error: { code } })
      expect(await count()).toBe(0)
      expect(logCount()).toBe(before)
    })
  }

  it('names the field at fault', async () => {
    const res = await api('counterparties:create', { name: 'A', country: 'Denmark' })
    expect(await res.json()).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'country' },
    })
  })

  it('refuses a request whose Host is not our loopback address (DNS rebinding)', async () => {
    const http = await import('node:http')
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/',
          headers: { host: `evil.example:${server.port}` },
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(403)
  })

  it('serves the renderer with a content security policy, and nothing outside its folder', async () => {
    const page = await fetch(`${base()}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('DPA Desk')
    expect((await fetch(`${base()}/%2e%2e/secret.txt`)).status).toBe(404)
    expect(resolveStaticFile(path.join(reg.dir, 'static'), '/../secret.txt')).toBeNull()
  })

  it('answers confirm_required with 409 so the user can confirm a delete', async () => {
    const created = await (await api('counterparties:create', { name: 'A' })).json()
    const id = (created as { value: { id: number } }).value.id
    await api('agreements:create', { counterparty_id: id, type: 'dpa' })
    const res = await api('counterparties:delete', { id })
    expect(res.status).toBe(409)
    expect(await res.json()).toMatchObject({ error: { code: 'confirm_required' } })
    expect(await count()).toBe(1)
  })
})

describe('the access token', () => {
  it('matches only itself, compared in constant time whatever the length of the guess', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true)
    expect(tokenMatches(`${TOKEN.slice(0, -1)}X`, TOKEN)).toBe(false)
    expect(tokenMatches(TOKEN.slice(0, 5), TOKEN)).toBe(false)
    expect(tokenMatches(`${TOKEN}0`, TOKEN)).toBe(false)
    expect(tokenMatches('', TOKEN)).toBe(false)
    expect(tokenMatches(undefined, TOKEN)).toBe(false)
    expect(tokenMatches([TOKEN, TOKEN], TOKEN)).toBe(false)
  })

  it('is refused over HTTP when one character is wrong', async () => {
    const res = await api('app:info', {}, { [TOKEN_HEADER]: `${TOKEN.slice(0, -1)}X` })
    expect(res.status).toBe(401)
  })
})

describe('the request body limit', () => {
  it('is the one docs/security.md states', () => {
    const docs = fs.readFileSync(path.join(import.meta.dirname, '../../docs/security.md'), 'utf8')
    const stated = /Request bodies limited to (\d+) MB/.exec(docs)?.[1]
    expect(Number(stated)).toBe(MAX_BODY_MB)
  })

  it('leaves room for the largest import file, base64-encoded in JSON', () => {
    expect(MAX_BODY_MB * 1024 * 1024).toBeGreaterThan(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 1024)
  })
})
