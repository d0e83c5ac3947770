/**
 * The built browser-mode entry (`npm run serve`, out/main/browser.js) answers `--help` with its
 * usage and exit code 0, and a misspelt option with exit code 2: it never starts a server on the
 * default register. Its home and config folders are a temp folder, where that register would be.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'

function serve(...args: string[]) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'dpa-desk-home-'))
  try {
    const result = spawnSync(process.execPath, ['out/main/browser.js', ...args], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, 'config') },
    })
    return {
      code: result.status,
      out: result.stdout,
      err: result.stderr,
      left: fs.readdirSync(home, { recursive: true }),
    }
  } finally {
    fs.rmSync(home, { recursive: true, force: true })
  }
}

test('npm run serve -- --help prints the usage and starts no server', () => {
  for (const flag of ['--help', '-h']) {
    const result = serve(flag)
    expect(result).toMatchObject({ code: 0, err: '', left: [] })
    expect(result.out).toContain('Usage: npm run serve -- [--db FILE]')
    expect(result.out).not.toContain('is running at')
  }
})

test('npm run serve refuses a misspelt option with the usage and starts no server', () => {
  const result = serve('--no-opne')
  expect(result).toMatchObject({ code: 2, out: '', left: [] })
  expect(result.err).toContain("Unknown option '--no-opne'")
  expect(result.err).toContain('Usage: npm run serve')
})
