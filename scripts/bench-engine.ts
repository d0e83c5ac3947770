/**
 * Times the compliance engine on generated registers (issue 3 item 8). `npm run bench` calls
 * `benchEngine()` and adds the SQLite read time; run alone with `npx tsx scripts/bench-engine.ts`.
 * Prints medians, not pass/fail: timings depend on the machine (DESIGN §8).
 */
import { pathToFileURL } from 'node:url'
import { DEFAULT_SETTINGS } from '../preload/contract'
import { evaluate } from '../main/compliance/evaluate'
import type { Register, RuleId } from '../main/compliance/types'
import { median } from './bench-stats'
import { GENERATED_TODAY, generateRegister } from './generate-register'

export interface EngineBenchResult {
  counterparties: number
  rows: number
  warnings: number
  runs: number
  generate_ms: number
  median_ms: number
  min_ms: number
  /** Median CPU time of the process per run: steadier than wall time on a busy machine. */
  cpu_median_ms: number
  /** Peak resident set size of the process so far, in MB. */
  peak_rss_mb: number
  by_rule: Partial<Record<RuleId, number>>
}

export interface EngineBenchOptions {
  sizes?: readonly number[]
  seed?: number
  log?: (line: string) => void
}

const RUNS: Readonly<Record<number, number>> = { 1_000: 21, 20_000: 11, 100_000: 5 }

export function benchEngine(options: EngineBenchOptions = {}): EngineBenchResult[] {
  const { sizes = [1_000, 20_000, 100_000], seed = 42, log = console.log } = options
  log(`compliance engine, today ${GENERATED_TODAY}, seed ${seed}`)
  log('counterparties      rows  warnings  generate   median      min  cpu med.  runs  peak RSS')
  const results = sizes.map((size) => benchOne(size, seed, RUNS[size] ?? 5))
  for (const r of results) log(formatRow(r))
  const largest = results[results.length - 1]
  if (largest) log(`warnings by rule (${largest.counterparties}): ${formatRules(largest.by_rule)}`)
  return results
}

function benchOne(size: number, seed: number, runs: number): EngineBenchResult {
  const started = performance.now()
  const register = generateRegister(size, seed)
  const generate_ms = performance.now() - started
  const warnings = evaluate(register, GENERATED_TODAY, DEFAULT_SETTINGS) // warm-up
  const times: number[] = []
  const cpuTimes: number[] = []
  for (let run = 0; run < runs; run++) {
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    evaluate(register, GENERATED_TODAY, DEFAULT_SETTINGS)
    times.push(performance.now() - t0)
    const cpu = process.cpuUsage(cpu0)
    cpuTimes.push((cpu.user + cpu.system) / 1000)
  }
  const by_rule: Partial<Record<RuleId, number>> = {}
  for (const w of warnings) by_rule[w.rule] = (by_rule[w.rule] ?? 0) + 1
  return {
    counterparties: size,
    rows: rowCount(register),
    warnings: warnings.length,
    runs,
    generate_ms,
    median_ms: median(times),
    min_ms: Math.min(...times),
    cpu_median_ms: median(cpuTimes),
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    by_rule,
  }
}

const rowCount = (r: Register) =>
  r.counterparties.length +
  r.contacts.length +
  r.agreements.length +
  r.locations.length +
  r.links.length +
  r.supervisions.length

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9)

function formatRow(r: EngineBenchResult): string {
  return [
    String(r.counterparties).padStart(14),
    String(r.rows).padStart(9),
    String(r.warnings).padStart(9),
    ms(r.generate_ms),
    ms(r.median_ms),
    ms(r.min_ms),
    ms(r.cpu_median_ms),
    String(r.runs).padStart(5),
    `${r.peak_rss_mb.toFixed(0)} MB`.padStart(9),
  ].join(' ')
}

const formatRules = (byRule: Partial<Record<RuleId, number>>) =>
  Object.entries(byRule)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([rule, count]) => `${rule} ${count}`)
    .join(', ')

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) benchEngine()
