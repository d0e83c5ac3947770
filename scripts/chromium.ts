/**
 * The one place that finds the Chromium that end-to-end tests and benchmarks drive. The app itself
 * never needs a browser (the report PDF is drawn by pdfmake, docs/reports-and-spreadsheets.md).
 *
 * A system Chromium is used where there is one; otherwise the Chromium inside the npm package
 * `@sparticuz/chromium` (a devDependency), which unpacks its own binary from the package into the
 * temp folder on first use and downloads nothing. So `npm ci && npm test` needs no browser
 * installed beforehand, and Playwright never downloads one.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** Where Debian, Ubuntu, Fedora and macOS put a system Chromium (or Chrome). */
const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/**
 * Replaces the list above, for testing the fallback on a machine that has a system Chromium:
 * paths separated by the OS path delimiter; empty means "there is none".
 */
export const SYSTEM_CHROMIUM_OVERRIDE = 'DPA_DESK_TEST_SYSTEM_CHROMIUM'

export interface ChromiumExecutable {
  path: string
  source: 'system' | 'npm package @sparticuz/chromium'
  /** The environment to start it in (Playwright's `env` launch option). */
  env: NodeJS.ProcessEnv
}

/** Where fontconfig, which Chromium on Linux asks for fonts, keeps the system's settings. */
const SYSTEM_FONT_CONFIG = '/etc/fonts/fonts.conf'

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

export function systemChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env[SYSTEM_CHROMIUM_OVERRIDE]
  const candidates =
    override === undefined ? SYSTEM_CHROMIUMS : override.split(path.delimiter).filter(Boolean)
  return candidates.find(isExecutableFile) ?? null
}

/**
 * The Chromium to drive. `fontConfig` is where the system's font settings would be: where there
 * are none (a bare Linux without fonts), the packaged Chromium uses the fonts it unpacks beside
 * itself (Open Sans, which has æ, ø and å).
 */
export async function chromiumExecutable(
  env: NodeJS.ProcessEnv = process.env,
  fontConfig = SYSTEM_FONT_CONFIG,
): Promise<ChromiumExecutable> {
  const system = systemChromium(env)
  if (system !== null) return { path: system, source: 'system', env }
  if (process.platform !== 'linux') {
    throw new Error(
      `No Chromium found (looked for ${SYSTEM_CHROMIUMS.join(', ')}); the Chromium inside ` +
        '@sparticuz/chromium runs on Linux only. Install Chromium or Google Chrome.',
    )
  }
  const { default: packaged } = await import('@sparticuz/chromium')
  const executable = await packaged.executablePath()
  const fonts = path.join(os.tmpdir(), 'fonts')
  return {
    path: executable,
    source: 'npm package @sparticuz/chromium',
    env: fs.existsSync(fontConfig) ? env : { ...env, FONTCONFIG_PATH: fonts },
  }
}

/** Playwright's launch options for `found`: its path, our flags, its environment. */
export function launchOptions(found: ChromiumExecutable): {
  executablePath: string
  args: string[]
  env: Record<string, string>
} {
  const env = Object.fromEntries(
    Object.entries(found.env).flatMap(([key, value]) =>
      value === undefined ? [] : [[key, value]],
    ),
  )
  return { executablePath: found.path, args: CHROMIUM_ARGS, env }
}
