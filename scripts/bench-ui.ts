/**
 * The UI bench (issue 4 item 8): the built app in browser mode on a generated register of 20,000
 * counterparties, driven in the test Chromium (scripts/chromium.ts). `npm run bench -- ui` calls
 * `benchUi()`; run alone with `npx tsx scripts/bench-ui.ts [--db FILE]` (a register seeded earlier
 * skips the seeding).
 * Prints medians and ratios to the targets, not pass/fail (DESIGN §8):
 *
 * (a) start → interactive dashboard: from spawning the server to the severity cards and the first
 *     counterparty group drawn (and from the page's navigation to the same), target < 1.5 s;
 * (b) a search keystroke → the counterparty list showing that search's result, p95 < 50 ms — the
 *     list waits for a pause in typing first, so it is printed with and without that debounce;
 * (c) opening a counterparty's page → its first tab drawn, target < 100 ms.
 *
 * Times are taken inside the page (performance.now, a MutationObserver, then the next animation
 * frame), so they include rendering but not Playwright's round trips. The browser is started once:
 * a user's browser is already running when the app's address opens in it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { chromiumExecutable, launchOptions } from './chromium'
import { median, percentile } from './bench-stats'
import { seedRegisterFile } from './seed-register'

const SERVER_ENTRY = path.resolve('out/main/browser.js')
const URL_LINE = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/
const SERVER_TIMEOUT_MS = 30_000
const STEP_TIMEOUT_MS = 15_000

const TARGETS = { start_ms: 1500, keystroke_p95_ms: 50, detail_ms: 100 }

/** Words typed into the list's search, a letter at a time: names of the generated register. */
const SEARCHES = ['skovmail', 'havnløn', 'fjordsikring', 'ærødata']

export interface UiBenchOptions {
  counterparties?: number
  /** Starts of the server measured (a). */
  starts?: number
  /** Keystrokes measured (b). */
  keystrokes?: number
  /** Counterparty pages opened (c). */
  details?: number
  /** A register seeded before (any size); otherwise one is generated into a temp folder. */
  db?: string
  /** Saves screenshots of the big register's dashboard to test-results/screens/. */
  screenshots?: boolean
  log?: (line: string) => void
}

export interface UiBenchResult {
  counterparties: number | null
  seed_ms: number | null
  start: {
    runs: number
    server_ready_median_ms: number
    page_to_interactive_median_ms: number
    start_to_interactive_median_ms: number
    summary_request_median_ms: number
    summary_bytes: number
  }
  keystroke: {
    measured: number
    debounce_ms: number
    median_ms: number
    p95_ms: number
    p95_minus_debounce_ms: number
  }
  dashboard_keystroke: { measured: number; debounce_ms: number; p95_ms: number }
  detail: { runs: number; median_ms: number; p95_ms: number }
}

export async function benchUi(options: UiBenchOptions = {}): Promise<UiBenchResult> {
  const {
    counterparties = 20_000,
    starts = 5,
    keystrokes = 20,
    details = 10,
    screenshots = true,
    log = console.log,
  } = options
  ensureBuilt(log)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dpa-desk-bench-ui-'))
  let browser: Browser | null = null
  try {
    let db = options.db
    let seed_ms: number | null = null
    if (db === undefined) {
      db = path.join(tmp, 'register.db')
      log(`seeding ${counterparties.toLocaleString('en')} counterparties …`)
      seed_ms = seedRegisterFile(db, counterparties)
      log(`seeded in ${(seed_ms / 1000).toFixed(1)} s`)
    } else {
      log(`register: ${db}`)
    }
    browser = await chromium.launch({
      ...launchOptions(await chromiumExecutable()),
    })
    const start = await benchStarts(browser, db, starts, log)
    // One more start, kept running for the other measurements.
    const session = await openSession(browser, db)
    try {
      if (screenshots) await screenshotDashboard(session.page, 'dashboard-20k')
      const dashboardKeystroke = await benchDashboardSearch(session.page, log)
      if (screenshots) await screenshotDashboard(session.page, 'dashboard-20k-search')
      const keystroke = await benchListSearch(session.page, keystrokes, log)
      const detail = await benchDetail(session.page, session.url, details, log)
      const result: UiBenchResult = {
        counterparties: options.db === undefined ? counterparties : null,
        seed_ms,
        start,
        keystroke,
        dashboard_keystroke: dashboardKeystroke,
        detail,
      }
      report(result, log)
      return result
    } finally {
      await session.close()
    }
  } finally {
    await browser?.close().catch(() => undefined)
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

// ─── Setting up ───────────────────────────────────────────────────────────────────────────────

function ensureBuilt(log: (line: string) => void): void {
  if (fs.existsSync(SERVER_ENTRY)) {
    const built = fs.statSync(SERVER_ENTRY).mtime
    log(`app: ${path.relative(process.cwd(), SERVER_ENTRY)}, built ${built.toISOString()}`)
    return
  }
  log(`${SERVER_ENTRY} is missing: building with \`npx electron-vite build\` …`)
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
  if (build.status !== 0 || !fs.existsSync(SERVER_ENTRY)) {
    throw new Error('The build failed: run `npm run build` and try again.')
  }
}

/** Wall-clock milliseconds with sub-millisecond resolution, comparable with a page's timeOrigin. */
const epochNow = () => performance.timeOrigin + performance.now()

interface Server {
  child: ChildProcess
  url: string
  spawnedAt: number
  readyAt: number
}

async function startServer(db: string): Promise<Server> {
  const spawnedAt = epochNow()
  const child = spawn(
    process.execPath,
    [SERVER_ENTRY, '--db', db, '--port', '0', '--no-open', '--no-backups'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const fail = (error: Error) => {
      clearTimeout(timer)
      reject(new Error(`${error.message}\n--- server output ---\n${output}`))
    }
    const timer = setTimeout(
      () => fail(new Error(`No URL from the server within ${SERVER_TIMEOUT_MS} ms`)),
      SERVER_TIMEOUT_MS,
    )
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = URL_LINE.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => fail(new Error(`The server exited with ${code}`)))
    child.once('error', fail)
  })
  return { child, url, spawnedAt, readyAt: epochNow() }
}

function stopServer(child: ChildProcess): Promise<void> {
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

async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  })
  const page = await context.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT_MS)
  return { context, page }
}

// ─── In-page probes (strings: the page must not see the bundler's helpers) ───────────────────

/**
 * Defines `window.__bench.until(condition)`: resolves with the performance.now() of the next
 * animation frame after `condition()` first holds, checked on every DOM change.
 */
const PROBES = `
window.__bench = window.__bench || {
  until(condition, timeout = ${STEP_TIMEOUT_MS}) {
    return new Promise((resolve, reject) => {
      let done = false
      const timer = setTimeout(() => {
        done = true
        observer.disconnect()
        reject(new Error('Not there after ' + timeout + ' ms: ' + String(condition)))
      }, timeout)
      const check = () => {
        if (done || !condition()) return
        done = true
        clearTimeout(timer)
        observer.disconnect()
        const seen = performance.now()
        requestAnimationFrame(() => resolve({ seen, frame: performance.now() }))
      }
      const observer = new MutationObserver(check)
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true })
      check()
    })
  },
  dashboardReady() {
    return Boolean(
      document.querySelector('[data-testid="severity-critical"] [data-testid="severity-count"]') &&
        document.querySelector('[data-testid="warning-group"]'),
    )
  },
}
`

/** Installed before the app's scripts: resolves when the dashboard first shows cards and a group. */
const INTERACTIVE_PROBE = `${PROBES}
window.__interactive = window.__bench.until(() => window.__bench.dashboardReady())
`

interface Frame {
  seen: number
  frame: number
}

// ─── (a) start → interactive dashboard ───────────────────────────────────────────────────────

interface Session {
  page: Page
  url: string
  close: () => Promise<void>
}

async function openSession(browser: Browser, db: string): Promise<Session> {
  const server = await startServer(db)
  const { context, page } = await newPage(browser)
  await page.addInitScript({ content: INTERACTIVE_PROBE })
  await page.goto(server.url)
  await page.evaluate('window.__interactive')
  return {
    page,
    url: server.url,
    close: async () => {
      await context.close().catch(() => undefined)
      await stopServer(server.child)
    },
  }
}

async function benchStarts(browser: Browser, db: string, runs: number, log: (l: string) => void) {
  const serverReady: number[] = []
  const pageToInteractive: number[] = []
  const startToInteractive: number[] = []
  const summaryRequest: number[] = []
  let summaryBytes = 0
  log(`(a) start → interactive dashboard, ${runs} starts`)
  for (let run = 0; run < runs; run++) {
    const server = await startServer(db)
    const { context, page } = await newPage(browser)
    try {
      await page.addInitScript({ content: INTERACTIVE_PROBE })
      await page.goto(server.url)
      const ready = (await page.evaluate('window.__interactive')) as Frame
      const timing = (await page.evaluate(`(() => {
        const summary = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/compliance:summary'))
        return { origin: performance.timeOrigin, summary: summary ? { ms: summary.duration, bytes: summary.decodedBodySize } : null }
      })()`)) as { origin: number; summary: { ms: number; bytes: number } | null }
      const interactiveAt = timing.origin + ready.frame
      serverReady.push(server.readyAt - server.spawnedAt)
      pageToInteractive.push(ready.frame)
      startToInteractive.push(interactiveAt - server.spawnedAt)
      if (timing.summary) {
        summaryRequest.push(timing.summary.ms)
        summaryBytes = timing.summary.bytes
      }
      log(
        `  run ${run + 1}: server up ${ms(server.readyAt - server.spawnedAt)}, ` +
          `page → interactive ${ms(ready.frame)} (summary request ${timing.summary ? ms(timing.summary.ms) : '–'}), ` +
          `start → interactive ${ms(interactiveAt - server.spawnedAt)}`,
      )
    } finally {
      await context.close().catch(() => undefined)
      await stopServer(server.child)
    }
  }
  return {
    runs,
    server_ready_median_ms: median(serverReady),
    page_to_interactive_median_ms: median(pageToInteractive),
    start_to_interactive_median_ms: median(startToInteractive),
    summary_request_median_ms: median(summaryRequest),
    summary_bytes: summaryBytes,
  }
}

// ─── (b) a search keystroke → the updated list ───────────────────────────────────────────────

/** The debounce of a search box, read from its source so the bench follows a change to it. */
function debounceOf(file: string): number {
  const source = fs.readFileSync(path.resolve(file), 'utf8')
  const match = /SEARCH_DELAY_MS = (\d+)/.exec(source)
  if (!match?.[1]) throw new Error(`No SEARCH_DELAY_MS in ${file}`)
  return Number(match[1])
}

/**
 * Arms a probe for one keystroke: the time of its keydown, and of the next frame after `done`
 * holds. `done` gets the state saved by `before` at arming time.
 */
async function armKeystroke(page: Page, before: string, done: string): Promise<void> {
  await page.evaluate(`(() => {
    const saved = (${before})()
    // Characters off the US layout arrive as input events without a keydown.
    const started = new Promise((resolve) => {
      const first = () => resolve(performance.now())
      document.addEventListener('keydown', first, { once: true, capture: true })
      document.addEventListener('input', first, { once: true, capture: true })
    })
    // A keystroke that changes nothing (the same result) gives up after 2 s: null.
    window.__keystroke = started.then((down) =>
      window.__bench.until(() => (${done})(saved), 2000).then(
        (end) => ({ down, ...end }),
        () => null,
      ),
    )
  })()`)
}

interface Keystroke {
  down: number
  seen: number
  frame: number
}

/** A key press; a letter off the US layout (æ, ø, å) is typed as text, as an IME would. */
async function typeMeasured(page: Page, key: string): Promise<number | null> {
  if (key.length === 1 && !/^[\x20-\x7e]$/.test(key)) await page.keyboard.insertText(key)
  else await page.keyboard.press(key)
  const result = (await page.evaluate('window.__keystroke')) as Keystroke | null
  return result === null ? null : result.frame - result.down
}

/**
 * The list's result is in once its count says it answers the search now in the box (the rows of
 * the search before stay while the new ones load) and shows a number and rows.
 */
const LIST_BEFORE = `() => document.querySelector('[data-testid="counterparty-count"]')?.dataset.search`
const LIST_DONE = `(old) => {
  const count = document.querySelector('[data-testid="counterparty-count"]')
  const box = document.querySelector('input[type="search"]')
  if (!count || !box || count.dataset.search === old || count.dataset.search !== box.value) return false
  if (count.getAttribute('aria-busy') !== 'false' || !/\\d/.test(count.textContent)) return false
  return /^0\\D/.test(count.textContent) || Boolean(document.querySelector('[data-testid="counterparty-table"] tr[aria-rowindex="2"] td'))
}`

async function benchListSearch(page: Page, wanted: number, log: (l: string) => void) {
  const debounce = debounceOf('renderer/components/counterparties/CounterpartyFilters.tsx')
  await page.evaluate(`location.hash = '#/counterparties'`)
  await page.evaluate(PROBES)
  const count = page.getByTestId('counterparty-count')
  await count.filter({ hasText: /\d/ }).waitFor()
  const search = page.getByRole('searchbox', { name: 'Søg' })
  await search.focus()
  const times: number[] = []
  let missed = 0
  const keystroke = async (key: string) => {
    await armKeystroke(page, LIST_BEFORE, LIST_DONE)
    const time = await typeMeasured(page, key)
    if (time === null) missed++
    else times.push(time)
  }
  for (const word of SEARCHES) {
    for (const letter of word) {
      if (times.length >= wanted) break
      await keystroke(letter)
    }
    if (times.length >= wanted) break
    // Emptied with one key: the whole register again.
    await search.selectText()
    await keystroke('Backspace')
  }
  await search.fill('')
  await count.filter({ hasText: /\d/ }).waitFor()
  const result = {
    measured: times.length,
    debounce_ms: debounce,
    median_ms: median(times),
    p95_ms: percentile(times, 95),
    p95_minus_debounce_ms: percentile(times, 95) - debounce,
  }
  log(
    `(b) search keystroke → list updated, ${times.length} keystrokes${missed ? ` (${missed} without a new result, left out)` : ''}: ` +
      `median ${ms(result.median_ms)}, p95 ${ms(result.p95_ms)}; minus the ${debounce} ms debounce: ` +
      `median ${ms(result.median_ms - debounce)}, p95 ${ms(result.p95_minus_debounce_ms)}`,
  )
  return result
}

/** The dashboard's own search filters the summary in the page: its text of what is shown changes. */
const DASHBOARD_BEFORE = `() => document.querySelector('[data-testid="warning-summary"]')?.textContent`
const DASHBOARD_DONE = `(old) => document.querySelector('[data-testid="warning-summary"]')?.textContent !== old`

async function benchDashboardSearch(page: Page, log: (l: string) => void) {
  const debounce = debounceOf('renderer/components/dashboard/WarningFilters.tsx')
  await page.evaluate(PROBES)
  const search = page.getByRole('searchbox', { name: 'Søg' })
  await search.focus()
  const times: number[] = []
  for (const letter of 'skovmail') {
    await armKeystroke(page, DASHBOARD_BEFORE, DASHBOARD_DONE)
    const time = await typeMeasured(page, letter)
    if (time !== null) times.push(time)
  }
  const result = { measured: times.length, debounce_ms: debounce, p95_ms: percentile(times, 95) }
  log(
    `    the dashboard's search, ${times.length} keystrokes: median ${ms(median(times))}, p95 ${ms(result.p95_ms)}; ` +
      `minus its ${debounce} ms debounce: p95 ${ms(result.p95_ms - debounce)}`,
  )
  return result
}

// ─── (c) opening a counterparty ──────────────────────────────────────────────────────────────

async function benchDetail(page: Page, url: string, runs: number, log: (l: string) => void) {
  const targets = await someCounterparties(url, runs)
  await page.evaluate(`location.hash = '#/counterparties'`)
  await page.getByTestId('counterparty-count').filter({ hasText: /\d/ }).waitFor()
  await page.evaluate(PROBES)
  const times: number[] = []
  for (const { id, name } of targets) {
    const end = (await page.evaluate(`(() => {
      const name = ${JSON.stringify(name)}
      const opened = window.__bench.until(() =>
        [...document.querySelectorAll('h2')].some((h) => h.textContent === name) &&
        Boolean(document.querySelector('[role="tabpanel"] input, [role="tabpanel"] textarea')),
      )
      const started = performance.now()
      location.hash = '#/counterparties/${id}'
      return opened.then((end) => end.frame - started)
    })()`)) as number
    times.push(end)
    await page.evaluate(`history.back()`)
    await page.getByTestId('counterparty-count').filter({ hasText: /\d/ }).waitFor()
  }
  const result = { runs: times.length, median_ms: median(times), p95_ms: percentile(times, 95) }
  log(
    `(c) open a counterparty → first tab drawn, ${times.length} counterparties: ` +
      `median ${ms(result.median_ms)}, p95 ${ms(result.p95_ms)}`,
  )
  return result
}

/** Counterparties spread over the register, asked for over the API as the page would. */
async function someCounterparties(url: string, count: number) {
  const { origin, hash } = new URL(url)
  const token = hash.replace('#token=', '')
  const post = async <T>(channel: string, input: unknown): Promise<T> => {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dpa-token': token },
      body: JSON.stringify(input),
    })
    const result = (await response.json()) as { ok: boolean; value: T }
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result)}`)
    return result.value
  }
  const { total } = await post<{ total: number }>('counterparties:list', { limit: 1 })
  const picked: { id: number; name: string }[] = []
  for (let i = 0; i < count; i++) {
    const offset = Math.floor(((i + 0.5) * total) / count)
    const { rows } = await post<{ rows: { id: number; name: string }[] }>('counterparties:list', {
      offset,
      limit: 1,
    })
    if (rows[0]) picked.push(rows[0])
  }
  return picked
}

// ─── Screenshots and the report ──────────────────────────────────────────────────────────────

async function screenshotDashboard(page: Page, name: string): Promise<void> {
  fs.mkdirSync('test-results/screens', { recursive: true })
  await page.screenshot({ path: `test-results/screens/${name}.png` })
}

const ms = (value: number) => `${value.toFixed(0)} ms`
const ratio = (value: number, target: number) =>
  `${ms(value)} / target ${ms(target)} = ${(value / target).toFixed(2)}`

function report(result: UiBenchResult, log: (line: string) => void): void {
  const { start, keystroke, detail } = result
  log('')
  log(
    `start → interactive dashboard (median of ${start.runs}): ${ratio(start.start_to_interactive_median_ms, TARGETS.start_ms)}` +
      ` — server up ${ms(start.server_ready_median_ms)}, page load → interactive ${ms(start.page_to_interactive_median_ms)}` +
      ` (summary ${(start.summary_bytes / 1e6).toFixed(1)} MB in ${ms(start.summary_request_median_ms)})`,
  )
  log(
    `search keystroke → updated list, p95 of ${keystroke.measured}: ${ratio(keystroke.p95_minus_debounce_ms, TARGETS.keystroke_p95_ms)} after the debounce` +
      ` (${ms(keystroke.p95_ms)} with its ${keystroke.debounce_ms} ms)`,
  )
  log(
    `open a counterparty (median of ${detail.runs}): ${ratio(detail.median_ms, TARGETS.detail_ms)}`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { db: { type: 'string' } }, strict: true })
  await benchUi(values.db === undefined ? {} : { db: path.resolve(values.db) })
}
