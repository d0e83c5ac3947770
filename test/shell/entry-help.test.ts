/**
 * `--help` on the entry points that start something (`npm start`, `npm run serve`, `npm run cli`)
 * prints the usage and exits 0: no server, no window, no register opened or created. Each runs as
 * a real process, with its home and config folders in a temp folder so a default register would
 * show up there.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/temp-register'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const TSX = path.resolve('node_modules/tsx/dist/cli.mjs')

/** Runs `node ...args` with an empty home; returns what it printed and the files it left. */
function run(args: string[]) {
  const home = tempDir('dpa-desk-home-')
  dirs.push(home)
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    timeout: 80_000,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), DISPLAY: '' },
  })
  return {
    code: result.status,
    out: result.stdout,
    err: result.stderr,
    left: fs.readdirSync(home, { recursive: true }),
  }
}

// Each test starts Node with tsx compiling the entry's imports: seconds, more on a busy machine.
describe('--help on every entry point', { timeout: 90_000 }, () => {
  it('npm start -- --help prints the usage and starts neither Electron nor browser mode', () => {
    for (const flag of ['--help', '-h']) {
      const result = run(['scripts/start.mjs', flag])
      expect(result).toMatchObject({ code: 0, err: '', left: [] })
      expect(result.out).toContain('Usage: npm start -- [--db FILE]')
      expect(result.out).not.toContain('browser mode instead')
    }
  })

  it('npm run serve -- --help prints the usage and serves nothing', () => {
    const result = run([TSX, 'main/browser.ts', '--help'])
    expect(result).toMatchObject({ code: 0, err: '', left: [] })
    expect(result.out).toContain('Usage: npm run serve -- [--db FILE]')
    expect(result.out).not.toContain('is running at')
  })

  it('npm run serve refuses an unknown option with the usage, and serves nothing', () => {
    const result = run([TSX, 'main/browser.ts', '--prot', '8080'])
    expect(result).toMatchObject({ code: 2, left: [] })
    expect(result.err).toContain("Unknown option '--prot'")
    expect(result.err).toContain('Usage: npm run serve')
  })

  it('npm run cli -- --help prints the commands and opens no register', () => {
    const result = run([TSX, 'main/cli/index.ts', '--help'])
    expect(result).toMatchObject({ code: 0, err: '', left: [] })
    expect(result.out).toContain('Commands:')
    expect(result.out).toContain('report')
  })
})
