/**
 * What the build puts in the app's Node-side bundles (out/main, out/preload) comes from our own
 * code and the production dependencies only. A packaged app carries `dependencies`, never
 * `devDependencies`; a test tool bundled into the app breaks it (playwright-core did, looking for
 * its own package.json beside the bundle). electron.vite.config.ts records each bundle's modules
 * and run-time imports in .tmp/bundle/ during the build this suite runs after.
 */
import fs from 'node:fs'
import { isBuiltin } from 'node:module'
import path from 'node:path'
import { expect, test } from '@playwright/test'

interface BundleRecord {
  modules: string[]
  imports: string[]
}

const root = path.resolve('.')
const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>
}
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { dev?: boolean }>
}
/** Given by the Electron runtime the app runs in, not loaded from node_modules. */
const RUNTIME_PROVIDED = new Set(['electron'])
const OUR_FOLDERS = ['main/', 'preload/', 'db/']

function record(name: string): BundleRecord {
  const file = path.join('.tmp', 'bundle', `${name}.json`)
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`)
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BundleRecord
}

/** `node_modules/a/node_modules/@b/c` for a file inside that package: its key in the lock file. */
function lockKey(file: string): string | null {
  const relative = path.relative(root, file).split(path.sep).join('/')
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(relative)
  return match?.[1] ?? null
}

const packageOf = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')

for (const bundle of ['main', 'preload']) {
  test(`the ${bundle} bundle holds only our code and production dependencies`, () => {
    const { modules } = record(bundle)
    expect(modules.length).toBeGreaterThan(0)
    const offending = modules.filter((file) => {
      // The bundler's own helpers are virtual modules, their ids marked with a NUL byte.
      if (file.startsWith('\0')) return false
      const key = lockKey(file)
      if (key === null) {
        const relative = path.relative(root, file).split(path.sep).join('/')
        return !OUR_FOLDERS.some((folder) => relative.startsWith(folder))
      }
      return lock.packages[key] === undefined || lock.packages[key].dev === true
    })
    expect(offending).toEqual([])
  })

  test(`the ${bundle} bundle loads at run time only what a packaged app has`, () => {
    const { imports } = record(bundle)
    const external = imports.filter((id) => !id.startsWith('chunks/') && !id.endsWith('.js'))
    const missing = external
      .filter((id) => !isBuiltin(id) && !RUNTIME_PROVIDED.has(id))
      .filter((id) => !(packageOf(id) in manifest.dependencies))
    expect(missing).toEqual([])
  })
}

test('no devDependency-only package is named in any file the build wrote to out/main', () => {
  // A second line of defence that needs no record: the names of test tools in the output files.
  const files = fs.readdirSync('out/main', { recursive: true, encoding: 'utf8' })
  for (const file of files.filter((name) => name.endsWith('.js'))) {
    const code = fs.readFileSync(path.join('out/main', file), 'utf8')
    for (const tool of ['playwright-core', '@playwright/test', 'vitest', '@sparticuz/chromium']) {
      expect(code.includes(tool), `${tool} in out/main/${file}`).toBe(false)
    }
  }
})
