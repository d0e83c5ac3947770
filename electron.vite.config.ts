import fs from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

const here = import.meta.dirname

/**
 * Writes what went into a Node-side bundle (every source module, and every module it still
 * imports at run time) to .tmp/bundle/NAME.json, outside out/ so nothing of it ships.
 * test/e2e/bundle.spec.ts fails if any of it comes from a devDependency: a packaged app has only
 * the dependencies, and a test tool bundled into the app breaks it.
 */
function recordBundle(name: string): Plugin {
  return {
    name: 'dpa-desk-record-bundle',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []))
      const record = {
        modules: chunks.flatMap((chunk) => chunk.moduleIds),
        imports: chunks.flatMap((chunk) => [...chunk.imports, ...chunk.dynamicImports]),
      }
      fs.mkdirSync(resolve(here, '.tmp/bundle'), { recursive: true })
      fs.writeFileSync(resolve(here, `.tmp/bundle/${name}.json`), JSON.stringify(record, null, 2))
    },
  }
}

export default defineConfig({
  main: {
    plugins: [recordBundle('main')],
    build: {
      outDir: 'out/main',
      // Bundled rather than loaded from node_modules file by file: resolving a few hundred small
      // ES modules took Node longer than running them (start-up, docs/performance.md). The native
      // driver and the big exceljs, loaded only to read or write a workbook, stay outside.
      externalizeDeps: {
        exclude: ['kysely', 'zod', 'date-fns', 'ics', 'csv-parse', 'csv-stringify'],
      },
      rollupOptions: {
        input: {
          // The Electron main process.
          index: resolve(here, 'main/index.ts'),
          // Browser mode on plain Node: the same handler table over loopback HTTP (DESIGN §4).
          browser: resolve(here, 'main/browser.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [recordBundle('preload')],
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ESM or other files: one CommonJS bundle with zod inside.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(here, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(here, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(here, 'out/renderer'),
      minify: true,
      rollupOptions: { input: resolve(here, 'renderer/index.html') },
    },
  },
})
