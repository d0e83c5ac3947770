/**
 * What `npm start` runs: Electron where its runtime is installed and can show a window, otherwise
 * browser mode on the current Node with one line that says why. Plain TypeScript without TS-only
 * syntax, so Node 24 runs it directly from scripts/start.mjs (no build step needed).
 */
import fs from 'node:fs'
import path from 'node:path'

export interface StartPlan {
  command: string
  args: string[]
  /** The one line printed before starting, when Electron cannot be used. */
  notice: string | null
}

export interface StartOptions {
  root: string
  /** The arguments given to `npm start --`, such as `--db PATH`. */
  argv: string[]
  /** The Node that runs this script, for browser mode. */
  nodePath: string
  /** Where the user typed the command (npm's INIT_CWD), for a relative `--db`. */
  cwd: string
  platform: NodeJS.Platform
  env: NodeJS.ProcessEnv
}

export const START_USAGE = [
  'Usage: npm start -- [--db FILE]',
  '',
  'Builds DPA Desk and starts it in Electron, or in browser mode where Electron cannot run',
  '(browser mode also takes --port N, --no-open and --no-backups: npm run serve -- --help).',
  '',
  '  --db FILE    the register to open (default: dpa-desk.db in the user-data folder, see README)',
  '  --help, -h   print this and exit',
].join('\n')

/** `--help` or `-h` anywhere before a `--` asks for the usage instead of a start. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--')
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')
}

/** The Electron binary that `node_modules/electron/path.txt` names, if it has been downloaded. */
export function electronRuntime(root: string): string | null {
  const dir = path.join(root, 'node_modules', 'electron')
  let relative: string
  try {
    relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim()
  } catch {
    return null
  }
  const binary = path.join(dir, 'dist', relative)
  return relative !== '' && fs.existsSync(binary) ? binary : null
}

/** `--db` made absolute against the user's folder: npm runs scripts in the project root. */
export function resolveDbArg(argv: string[], cwd: string): string[] {
  return argv.map((arg, i) => {
    if (arg.startsWith('--db=')) return `--db=${path.resolve(cwd, arg.slice('--db='.length))}`
    if (argv[i - 1] === '--db' && !arg.startsWith('--')) return path.resolve(cwd, arg)
    return arg
  })
}

function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}

export function planStart(electron: string | null, options: StartOptions): StartPlan {
  const args = resolveDbArg(options.argv, options.cwd)
  const canShowWindow = hasDisplay(options.platform, options.env)
  if (electron !== null && canShowWindow) {
    return { command: electron, args: [options.root, ...args], notice: null }
  }
  const why =
    electron === null
      ? "Electron's runtime is not installed here (npm ci does not download it; `npx install-electron` does, where the internet is reachable)"
      : 'There is no display to show a window on'
  return {
    command: options.nodePath,
    args: [path.join(options.root, 'out', 'main', 'browser.js'), ...args],
    notice: `${why}; starting browser mode instead.`,
  }
}
