import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  electronRuntime,
  planStart,
  resolveDbArg,
  type StartOptions,
} from '../../main/shell/start-plan'
import { tempDir } from '../helpers/temp-register'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A project folder whose node_modules/electron is as npm ci leaves it, runtime not downloaded. */
function project(): string {
  const root = tempDir('dpa-desk-start-')
  dirs.push(root)
  fs.mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true })
  return root
}

function downloadRuntime(root: string, relative = 'electron'): string {
  const electronDir = path.join(root, 'node_modules', 'electron')
  fs.writeFileSync(path.join(electronDir, 'path.txt'), relative)
  const binary = path.join(electronDir, 'dist', relative)
  fs.mkdirSync(path.dirname(binary), { recursive: true })
  fs.writeFileSync(binary, '')
  return binary
}

const options = (root: string, overrides: Partial<StartOptions> = {}): StartOptions => ({
  root,
  argv: [],
  nodePath: '/opt/node24/bin/node',
  cwd: root,
  platform: 'linux',
  env: { DISPLAY: ':0' },
  ...overrides,
})

describe('electronRuntime', () => {
  it('is absent right after npm ci', () => {
    expect(electronRuntime(project())).toBeNull()
  })

  it('is absent when path.txt names a binary that is not there', () => {
    const root = project()
    fs.writeFileSync(path.join(root, 'node_modules', 'electron', 'path.txt'), 'electron')
    expect(electronRuntime(root)).toBeNull()
  })

  it('is the downloaded binary', () => {
    const root = project()
    const binary = downloadRuntime(root, 'Electron.app/Contents/MacOS/Electron')
    expect(electronRuntime(root)).toBe(binary)
  })
})

describe('planStart', () => {
  it('starts Electron on the project with the arguments', () => {
    const root = project()
    const binary = downloadRuntime(root)
    const plan = planStart(electronRuntime(root), options(root, { argv: ['--db', '/d/r.db'] }))
    expect(plan).toEqual({ command: binary, args: [root, '--db', '/d/r.db'], notice: null })
  })

  it('falls back to browser mode with one line that says why', () => {
    const root = project()
    const plan = planStart(electronRuntime(root), options(root, { argv: ['--db=/d/r.db'] }))
    expect(plan.command).toBe('/opt/node24/bin/node')
    expect(plan.args).toEqual([path.join(root, 'out', 'main', 'browser.js'), '--db=/d/r.db'])
    expect(plan.notice).toMatch(
      /^Electron's runtime is not installed here .*browser mode instead\.$/,
    )
    expect(plan.notice).not.toContain('\n')
  })

  it('uses browser mode on a Linux machine without a display', () => {
    const root = project()
    downloadRuntime(root)
    const plan = planStart(electronRuntime(root), options(root, { env: {} }))
    expect(plan.command).toBe('/opt/node24/bin/node')
    expect(plan.notice).toBe(
      'There is no display to show a window on; starting browser mode instead.',
    )
  })

  it('needs no display variable on Windows or macOS', () => {
    const root = project()
    const binary = downloadRuntime(root)
    const plan = planStart(electronRuntime(root), options(root, { platform: 'win32', env: {} }))
    expect(plan.command).toBe(binary)
  })
})

describe('resolveDbArg', () => {
  it('makes a relative --db absolute against the folder the user typed the command in', () => {
    expect(resolveDbArg(['--db', 'my.db'], '/home/u/work')).toEqual(['--db', '/home/u/work/my.db'])
    expect(resolveDbArg(['--db=../r.db', '--no-open'], '/home/u/work')).toEqual([
      '--db=/home/u/r.db',
      '--no-open',
    ])
    expect(resolveDbArg(['--port', '8080'], '/x')).toEqual(['--port', '8080'])
  })
})
