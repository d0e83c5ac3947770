import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  appResponseHeaders,
  contentType,
  isAppUrl,
  navigationDecision,
  parseMainArgs,
  permissionAllowed,
  resolveAppPath,
  windowWebPreferences,
} from '../../main/shell/policy'

describe('isAppUrl', () => {
  it('accepts our renderer and its origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true)
    expect(isAppUrl('app://dpa-desk')).toBe(true)
    expect(isAppUrl('app://dpa-desk/assets/index.js?x=1#token')).toBe(true)
  })

  it.each([
    'file:///home/user/out/renderer/index.html',
    'https://dpa-desk/',
    'http://127.0.0.1:5173/',
    'app://evil/index.html',
    'app://dpa-desk.evil.example/',
    'app://user:pw@dpa-desk/',
    'app:dpa-desk',
    'about:blank',
    'devtools://devtools/bundled/index.html',
    'javascript:alert(1)',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false)
  })
})

describe('navigationDecision', () => {
  it('keeps the window on app://', () => {
    expect(navigationDecision('app://dpa-desk/index.html#/counterparties')).toBe('allow')
  })

  it('sends web and mail links to the OS', () => {
    expect(navigationDecision('https://www.datatilsynet.dk/')).toBe('open-external')
    expect(navigationDecision('http://example.com/')).toBe('open-external')
    expect(navigationDecision('mailto:dpo@example.com')).toBe('open-external')
  })

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id',
    'app://other/',
    'garbage',
  ])('denies %s', (url) => {
    expect(navigationDecision(url)).toBe('deny')
  })
})

describe('permissionAllowed', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'hid', 'usb', 'unknown'])(
    'denies %s even to our own page',
    (permission) => {
      expect(permissionAllowed(permission, APP_ENTRY_URL)).toBe(false)
    },
  )

  it('lets only our own page write to the clipboard', () => {
    expect(permissionAllowed('clipboard-sanitized-write', 'app://dpa-desk')).toBe(true)
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.example')).toBe(false)
    expect(permissionAllowed('clipboard-read', 'app://dpa-desk')).toBe(false)
  })
})

describe('windowWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = windowWebPreferences('/app/out/preload/index.cjs')
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values] as const
    }),
  )

  it('runs no inline or foreign script', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/)
  })

  it('closes objects, framing, base and forms', () => {
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
  })

  it('is sent on every app:// response, found or not', () => {
    expect(appResponseHeaders('/x/index.html')['content-security-policy']).toBe(
      CONTENT_SECURITY_POLICY,
    )
    expect(appResponseHeaders(null)['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })
})

describe('resolveAppPath', () => {
  const root = path.resolve('/srv/out/renderer')

  it('maps app:// paths into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://dpa-desk/')).toBe(path.join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://dpa-desk/index.html?x#y')).toBe(
      path.join(root, 'index.html'),
    )
    expect(resolveAppPath(root, 'app://dpa-desk/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    )
    expect(resolveAppPath(root, 'app://dpa-desk/assets/a%20b.css')).toBe(
      path.join(root, 'assets', 'a b.css'),
    )
  })

  it.each([
    'app://dpa-desk/../../etc/passwd',
    'app://dpa-desk/%2e%2e/%2e%2e/etc/passwd',
    'app://dpa-desk/assets/../../../etc/passwd',
    'app://dpa-desk/..',
  ])('keeps %s inside the renderer folder (the URL parser drops dot segments)', (url) => {
    const file = resolveAppPath(root, url)
    expect(file === null || file.startsWith(root + path.sep)).toBe(true)
  })

  it.each([
    'app://dpa-desk/assets/..%2f..%2f..%2fetc/passwd',
    'app://dpa-desk/..%5c..%5cwindows%5cwin.ini',
    'app://dpa-desk/%00index.html',
    'app://dpa-desk/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull()
  })
})

describe('contentType', () => {
  it('names the types the built renderer uses', () => {
    expect(contentType('/a/index.html')).toBe('text/html; charset=utf-8')
    expect(contentType('/a/x.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentType('/a/x.css')).toBe('text/css; charset=utf-8')
    expect(contentType('/a/font.woff2')).toBe('font/woff2')
    expect(contentType('/a/blob')).toBe('application/octet-stream')
  })
})

describe('parseMainArgs', () => {
  const fallback = '/home/u/.config/DPA Desk/dpa-desk.db'

  it('uses the user-data register by default', () => {
    expect(parseMainArgs(['.'], fallback, '/work')).toEqual({ dbPath: fallback })
    expect(parseMainArgs([], fallback, '/work')).toEqual({ dbPath: fallback })
  })

  it('reads --db PATH and --db=PATH among Electron and Chromium switches', () => {
    expect(parseMainArgs(['.', '--db', 'reg.db'], fallback, '/work')).toEqual({
      dbPath: path.resolve('/work', 'reg.db'),
    })
    expect(
      parseMainArgs(['--no-sandbox', '--db=/data/r.db', '--enable-logging'], fallback, '/w'),
    ).toEqual({ dbPath: path.resolve('/data/r.db') })
  })

  it('falls back when --db has no value', () => {
    expect(parseMainArgs(['--db'], fallback, '/work')).toEqual({ dbPath: fallback })
    expect(parseMainArgs(['--db='], fallback, '/work')).toEqual({ dbPath: fallback })
  })
})
