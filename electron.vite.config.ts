import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const here = import.meta.dirname

export default defineConfig({
  main: {
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
