/**
 * The decisions behind the hardened Electron shell (DESIGN §4), as pure functions with no electron
 * import, so they are unit-tested on plain Node. main/index.ts only wires them to Electron's hooks.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

export const APP_SCHEME = 'app'
export const APP_HOST = 'dpa-desk'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** Mantine sets inline styles, so style-src allows them; scripts never run inline. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * Whether a URL (or an origin such as `app://dpa-desk`) is our own renderer. Node's URL gives
 * custom schemes the origin "null", so scheme and host are compared instead of `origin`.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url)
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:'])

/** A link the OS may open in its own browser or mail client; nothing else leaves the app. */
export function isExternalLink(url: string): boolean {
  const parsed = parseUrl(url)
  return parsed !== null && EXTERNAL_PROTOCOLS.has(parsed.protocol)
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny'

/** The app window never leaves app://; a web or mail link goes to the OS instead. */
export function navigationDecision(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow'
  return isExternalLink(url) ? 'open-external' : 'deny'
}

/** Copying a value to the clipboard is the one web permission the register's UI uses. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write'])

/** Deny by default: only an allowed permission asked for by our own renderer is granted. */
export function permissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl)
}

/** The BrowserWindow's webPreferences: isolated, sandboxed, no Node, no webviews. */
export function windowWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  } as const
}

/**
 * The file under `root` that an app:// URL names (index.html for '/'), or null when the URL is not
 * ours or its path would leave `root` (`..`, encoded separators, NUL bytes).
 */
export function resolveAppPath(root: string, url: string): string | null {
  const parsed = parseUrl(url)
  if (parsed === null || !isAppUrl(url)) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relative = decoded.replace(/^\/+/, '') || 'index.html'
  const base = path.resolve(root)
  const file = path.resolve(base, relative)
  return file.startsWith(base + path.sep) ? file : null
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** Headers on every app:// response, so the CSP holds for every document the window loads. */
export function appResponseHeaders(file: string | null): Record<string, string> {
  return {
    'content-type': file === null ? 'text/plain; charset=utf-8' : contentType(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  }
}

export interface MainArgs {
  dbPath: string
}

/**
 * Reads `--db PATH` (or `--db=PATH`) from the process arguments; Electron and Chromium add their
 * own switches and positionals, which are ignored. A relative path is taken from `cwd`.
 */
export function parseMainArgs(
  argv: readonly string[],
  defaultDbPath: string,
  cwd: string,
): MainArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { db: { type: 'string' } },
    allowPositionals: true,
    strict: false,
  })
  const db = values.db
  if (typeof db === 'string' && db.trim() !== '') return { dbPath: path.resolve(cwd, db) }
  return { dbPath: defaultDbPath }
}
