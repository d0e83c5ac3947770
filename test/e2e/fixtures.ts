/**
 * Each test gets its own data folder and its own browser-mode server on it (DESIGN §4, §8): the
 * real backend on a real SQLite file, driven through the real UI. Needs `npx electron-vite build`.
 */
import { test as base, expect, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const SERVER_ENTRY = path.resolve('out/main/browser.js')
const URL_LINE = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/
const START_TIMEOUT_MS = 20_000

export interface BrowserModeServer {
  /** The address with its token, as printed at start. */
  url: string
  dataDir: string
  dbFile: string
}

export const test = base.extend<{ server: BrowserModeServer }>({
  // Playwright reads a fixture's dependencies from this pattern; the server depends on none.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    if (!fs.existsSync(SERVER_ENTRY)) {
      throw new Error(`${SERVER_ENTRY} is missing: run \`npx electron-vite build\` first.`)
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dpa-desk-e2e-'))
    const dbFile = path.join(dataDir, 'register.db')
    const running = await startServer(dbFile)
    try {
      await use({ url: running.url, dataDir, dbFile })
    } finally {
      await running.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  },
})

/** A browser-mode server on `dbFile`, for tests that must stop and start it themselves. */
export async function startServer(
  dbFile: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [SERVER_ENTRY, '--db', dbFile, '--port', '0', '--no-open'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  try {
    return { url: await waitForUrl(child), stop: () => stop(child) }
  } catch (error) {
    await stop(child)
    throw error
  }
}

export { expect }

/** Opens the app as a user would: the printed address, token and all. */
export async function openApp(page: Page, server: BrowserModeServer): Promise<void> {
  await page.goto(server.url)
  await expect(page.getByRole('heading', { name: 'DPA Desk' })).toBeVisible()
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // Transitions finished at once: a dialog fading in is shown as it will stand.
  await page.screenshot({ path: `test-results/screens/${name}.png`, animations: 'disabled' })
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => fail(new Error(`No URL from the browser-mode server within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = URL_LINE.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    const fail = (error: Error) => {
      clearTimeout(timer)
      reject(new Error(`${error.message}\n--- server output ---\n${output}`))
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => fail(new Error(`The browser-mode server exited with ${code}`)))
    child.once('error', fail)
  })
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/** Calls the API directly, as the page does, to set up data a test is not about. */
export async function callApi<T = unknown>(
  server: BrowserModeServer,
  channel: string,
  input: unknown,
): Promise<T> {
  const { origin, hash } = new URL(server.url)
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dpa-token': hash.replace('#token=', '') },
    body: JSON.stringify(input),
  })
  const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown }
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
  return result.value as T
}
