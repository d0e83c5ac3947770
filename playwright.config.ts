import { defineConfig } from '@playwright/test'
import { chromiumExecutable, launchOptions } from './scripts/chromium'

// The browser-mode server runs better-sqlite3 13, which crashes on the system Node 20: npm scripts
// and npx put the project-pinned Node 24 first on PATH.
if (!process.version.startsWith('v24')) {
  throw new Error(
    `End-to-end tests need Node 24 (found ${process.version}). Run them through npm ` +
      '(npm run test:e2e, npx playwright test), not ./node_modules/.bin/playwright.',
  )
}

// A system Chromium where there is one, else the one inside an npm package (scripts/chromium.ts).
// The runner evaluates this file before it starts workers, so the binary is unpacked once.
const chromium = await chromiumExecutable()
if (process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`Chromium: ${chromium.path} (${chromium.source})`)
}

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results/artifacts',
  // Every test has its own server and data folder, so tests may run side by side.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // `list` shows each test as it runs; `json` leaves a machine-readable summary next to it.
  reporter: [
    ['list', { printSteps: false }],
    ['json', { outputFile: 'test-results/summary.json' }],
  ],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: launchOptions(chromium),
  },
})
