/**
 * Browser mode: the app's backend on plain Node, serving the built renderer and the API over
 * loopback HTTP. `npm start` falls back to it where Electron's runtime cannot start.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import {
  closeSession,
  openSession,
  scheduleBackups,
  sessionHandlers,
  warmUp,
} from './services/session'
import { defaultDbPath } from './paths'
import { listen } from './transport/http'

export interface BrowserModeOptions {
  dbPath: string
  port: number
  open: boolean
  /** Automatic backups on start and every few hours (off in tests that start many servers). */
  backups: boolean
}

export const BROWSER_USAGE = [
  'Usage: npm run serve -- [--db FILE] [--port N] [--no-open] [--no-backups]',
  '',
  'Serves DPA Desk in browser mode on 127.0.0.1 (run `npm run build` first).',
  '',
  `  --db FILE      the register to open (default ${defaultDbPath()})`,
  '  --port N       the port to listen on; 0 (the default) picks a free one',
  "  --no-open      print the address but do not open it in the user's browser",
  '  --no-backups   no automatic backups on start and every few hours',
  '  --help, -h     print this and exit',
].join('\n')

/** The options, or 'help' when the user asked for the usage rather than a server. */
export function parseBrowserArgs(argv: string[]): BrowserModeOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
      'no-backups': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
    strict: true,
  })
  if (values.help) return 'help'
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not ${values.port}`)
  }
  return {
    dbPath: values.db === undefined ? defaultDbPath() : path.resolve(values.db),
    port,
    open: !values['no-open'],
    backups: !values['no-backups'],
  }
}

export async function startBrowserMode(options: BrowserModeOptions) {
  const session = await openSession(options.dbPath, os.userInfo().username, {
    backgroundCheck: true,
  })
  const backups = options.backups ? scheduleBackups(session, (line) => console.log(line)) : null
  warmUp(session, (line) => console.error(line))
  const server = await listen({
    handlers: sessionHandlers(session),
    token: randomBytes(24).toString('base64url'),
    staticDir: path.join(import.meta.dirname, '..', 'renderer'),
    log: (error) => console.error(error),
  })
  return {
    ...server,
    close: async () => {
      backups?.stop()
      await server.close()
      await closeSession(session)
    },
  }
}

/** Opens the address in the user's browser where there is one; silently does nothing otherwise. */
function openInBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return
  const child = spawn(command, [url], { detached: true, stdio: 'ignore' })
  child.on('error', () => undefined)
  child.unref()
}

async function main(): Promise<void> {
  let options: BrowserModeOptions | 'help'
  try {
    options = parseBrowserArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${BROWSER_USAGE}`)
    process.exit(2)
  }
  if (options === 'help') {
    console.log(BROWSER_USAGE)
    return
  }
  const running = await startBrowserMode(options)
  console.log(`DPA Desk (browser mode) is running at ${running.url}`)
  console.log(`Register: ${options.dbPath}`)
  console.log('Press Ctrl+C to stop.')
  if (options.open) openInBrowser(running.url)
  const stop = () => {
    void running.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
