import { defineConfig } from 'vitest/config'

// better-sqlite3 13 crashes on the system Node 20: npm scripts put the pinned Node 24 first on PATH.
if (!process.version.startsWith('v24')) {
  throw new Error(
    `Tests need Node 24 (found ${process.version}). Run them through npm (npm test, npx vitest), ` +
      'not ./node_modules/.bin/vitest, so the project-pinned Node is used.',
  )
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    // `default` for people; `json` for the closing line of `npm test` (scripts/test-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-summary.json' },
  },
})
