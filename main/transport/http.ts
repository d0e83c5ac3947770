/**
 * Browser mode's transport (DESIGN §4): the handler table over HTTP on 127.0.0.1 only. Every API
 * call needs the per-start token, a Host naming our own address and, when the browser sends one,
 * an Origin of our own; anything else is refused before it reaches a handler.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { ErrorCode, Result } from '../../preload/contract'
import { CONTENT_SECURITY_POLICY } from '../shell/policy'
import { dispatch, type Handlers } from './dispatch'

export const TOKEN_HEADER = 'x-dpa-token'
const API_PREFIX = '/api/'
/**
 * The largest request body, in MB (docs/security.md says the same). Files travel base64-encoded:
 * a 50 MB spreadsheet to import is about 67 MB of JSON.
 */
export const MAX_BODY_MB = 72
const MAX_BODY_BYTES = MAX_BODY_MB * 1024 * 1024

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  confirm_required: 409,
  field_unknown: 400,
  patch_empty: 400,
  disk_full: 507,
  internal: 500,
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

export interface HttpOptions {
  handlers: Handlers
  token: string
  /** The built renderer; omitted in API-only tests. */
  staticDir?: string
  log?: (error: unknown) => void
}

export interface RunningServer {
  server: http.Server
  port: number
  url: string
  close(): Promise<void>
}

export async function listen(options: HttpOptions, port = 0): Promise<RunningServer> {
  const server = http.createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const actualPort = (server.address() as AddressInfo).port
  server.on('request', (req, res) => {
    handleRequest(req, res, options, actualPort).catch((error: unknown) => {
      options.log?.(error)
      if (!res.headersSent)
        sendResult(res, failure('internal', 'Something went wrong; see the log.'))
    })
  })
  return {
    server,
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}/#token=${options.token}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

function failure(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } }
}

function sendResult(res: http.ServerResponse, result: Result<unknown>): void {
  const status = result.ok ? 200 : STATUS[result.error.code]
  const body = JSON.stringify(result)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  res.end(body)
}

const ownHosts = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`]

async function handleRequest(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: HttpOptions,
  port: number,
): Promise<void> {
  // A foreign Host means DNS rebinding or a proxy: nothing here is for it, not even static files.
  if (!ownHosts(port).includes(req.headers.host ?? '')) {
    return sendResult(
      res,
      failure('forbidden', 'This server only answers on its own loopback address.'),
    )
  }
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
  if (url.pathname.startsWith(API_PREFIX)) return handleApi(req, res, options, port, url)
  return serveStatic(req, res, options.staticDir, url.pathname)
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: HttpOptions,
  port: number,
  url: URL,
): Promise<void> {
  const refusal = refuseApiRequest(req, options.token, port)
  if (refusal) {
    req.resume()
    return sendResult(res, refusal)
  }
  const body = await readBody(req)
  if (!body.ok) return sendResult(res, body)
  let channel: string
  try {
    channel = decodeURIComponent(url.pathname.slice(API_PREFIX.length))
  } catch {
    // A malformed %-escape (`/api/app:info%`) names no operation; it must not become a 500.
    return sendResult(
      res,
      failure('not_found', 'Unknown operation: the name is not valid URL encoding.'),
    )
  }
  sendResult(res, await dispatch(options.handlers, channel, body.value, options.log))
}

function refuseApiRequest(
  req: http.IncomingMessage,
  token: string,
  port: number,
): Result<never> | null {
  const origin = req.headers.origin
  if (origin !== undefined && !ownHosts(port).some((host) => origin === `http://${host}`)) {
    return failure('forbidden', 'Requests from other web pages are refused.')
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    return failure(
      'unauthorized',
      'Missing or wrong access token: open the address printed at start.',
    )
  }
  if (req.method !== 'POST') return failure('validation', 'API calls are POST requests.')
  if (!req.headers['content-type']?.startsWith('application/json')) {
    return failure('validation', 'API calls send JSON (content-type: application/json).')
  }
  return null
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest()

/**
 * The request's token against ours in constant time, so the time an answer takes tells nothing
 * about how much of a guess was right. Digests make both sides the same length, which
 * timingSafeEqual needs; a header sent twice (an array) never matches.
 */
export function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false
  return timingSafeEqual(digest(given), digest(token))
}

async function readBody(req: http.IncomingMessage): Promise<Result<unknown>> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) {
      req.destroy()
      return failure('validation', `The request body is larger than ${MAX_BODY_MB} MB.`)
    }
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return { ok: true, value: {} }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return failure('validation', 'The request body is not valid JSON.')
  }
}

function serveStatic(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  staticDir: string | undefined,
  pathname: string,
): void {
  const file = staticDir ? resolveStaticFile(staticDir, pathname) : null
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('Not found')
    return
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  })
  if (req.method === 'HEAD') res.end()
  else fs.createReadStream(file).pipe(res)
}

/** The file under `root` that a URL path names (index.html for '/'), or null if it escapes or is missing. */
export function resolveStaticFile(root: string, pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const base = path.resolve(root)
  const file = path.resolve(base, relative)
  if (file !== base && !file.startsWith(base + path.sep)) return null
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null
}
