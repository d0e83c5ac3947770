/**
 * How long it takes to read the register from SQLite, to print beside the engine's time on the
 * same rows (issue 3 item 8): the raw rows, and the decoded snapshot the engine is given.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase, readRegister } from '../db'
import { makeContext } from '../main/services/context'
import { loadRegister } from '../main/services/register-io'
import { median } from './bench-stats'
import { seedRegisterFile } from './seed-register'

export interface ReadBenchResult {
  counterparties: number
  seed_ms: number
  rows_median_ms: number
  snapshot_median_ms: number
}

export async function benchRead(
  counterparties = 20_000,
  runs = 7,
  log: (line: string) => void = console.log,
): Promise<ReadBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dpa-desk-bench-read-'))
  const file = path.join(dir, 'register.db')
  const seed_ms = seedRegisterFile(file, counterparties)
  const db = await openDatabase(file)
  try {
    const ctx = makeContext(db, 'bench')
    const time = async (work: () => Promise<unknown>) => {
      const times: number[] = []
      for (let run = 0; run < runs; run++) {
        const t0 = performance.now()
        await work()
        times.push(performance.now() - t0)
      }
      return median(times)
    }
    const result = {
      counterparties,
      seed_ms,
      rows_median_ms: await time(() => readRegister(db.kysely)),
      snapshot_median_ms: await time(() => loadRegister(ctx)),
    }
    log(
      `SQLite read, ${counterparties} counterparties: rows ${result.rows_median_ms.toFixed(0)} ms, ` +
        `decoded snapshot ${result.snapshot_median_ms.toFixed(0)} ms (median of ${runs}; seeding took ${(seed_ms / 1000).toFixed(1)} s)`,
    )
    return result
  } finally {
    await db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
