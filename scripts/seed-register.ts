/**
 * Writes a generated register into a real register file through the register import, so benches
 * and tests read it back from SQLite exactly like a user's register.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { openDatabase } from '../db'
import { makeContext, type ServiceContext } from '../main/services/context'
import {
  importRegister,
  REGISTER_FORMAT,
  REGISTER_FORMAT_VERSION,
} from '../main/services/register-io'
import type { Settings } from '../preload/contract'
import { generateRegister } from './generate-register'

export async function seedGeneratedRegister(
  ctx: ServiceContext,
  counterparties: number,
  seed = 42,
  settings: Partial<Settings> = {},
): Promise<void> {
  const register = generateRegister(counterparties, seed)
  const document = {
    format: REGISTER_FORMAT,
    version: REGISTER_FORMAT_VERSION,
    settings: {
      organisation: { name: 'Ditmer A/S', registration_no: '', country: 'DK' },
      ...settings,
    },
    counterparties: register.counterparties,
    agreements: register.agreements,
    contacts: register.contacts,
    locations: register.locations,
    sub_processor_links: register.links,
    supervisions: register.supervisions,
  }
  await importRegister(ctx, JSON.stringify(document), { replace: false })
}

/**
 * A generated register written to `file` by a child process (this file run by tsx), so the
 * gigabytes the seeding allocates are gone before a bench measures anything, instead of being
 * collected during its runs. Returns the milliseconds it took.
 */
export function seedRegisterFile(file: string, counterparties: number): number {
  const started = performance.now()
  const seed = spawnSync(
    process.execPath,
    ['--import', 'tsx', import.meta.filename, file, String(counterparties)],
    { stdio: 'inherit' },
  )
  if (seed.status !== 0) throw new Error(`Seeding the register failed (exit ${seed.status})`)
  return performance.now() - started
}

/** `tsx scripts/seed-register.ts FILE COUNTERPARTIES`: a generated register in a new file. */
async function main(file: string, counterparties: number): Promise<void> {
  const db = await openDatabase(file)
  try {
    await seedGeneratedRegister(makeContext(db, 'bench'), counterparties)
  } finally {
    await db.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file, counterparties] = process.argv.slice(2)
  if (!file || !Number.isInteger(Number(counterparties))) {
    throw new Error('Usage: tsx scripts/seed-register.ts FILE COUNTERPARTIES')
  }
  await main(path.resolve(file), Number(counterparties))
}
