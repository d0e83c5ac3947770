/**
 * The child process of the crash test (kill.test.ts): opens the register with the app's own
 * openDatabase and writes through the real services until it is killed. Each line on stdout is
 * printed only after the service call resolved, that is after its transaction committed:
 *
 *   + <entity> <id>            a record was created
 *   ~ counterparty <id> <rev>  a counterparty's notes were set to `rev <rev>`
 *   - contact <id>             a contact was deleted
 *
 * Usage: writer.ts <register file> <seed> <revision base>
 */
import { openDatabase } from '../../db'
import { makeContext, withinTransaction, type ServiceContext } from '../../main/services/context'
import { createRecord, deleteRecord, updateRecord } from '../../main/services/records'
import { AGREEMENT_TYPES, TRANSFER_BASES } from '../../preload/contract'
import { mulberry32 } from '../../scripts/generate-register'

const [file, seedArg, revisionBaseArg] = process.argv.slice(2)
if (!file || !seedArg || !revisionBaseArg) {
  throw new Error('usage: writer.ts <register file> <seed> <revision base>')
}

const random = mulberry32(Number(seedArg))
const pick = <T>(items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}
const report = (line: string) => process.stdout.write(`${line}\n`)

const db = await openDatabase(file)
const ctx: ServiceContext = makeContext(db, 'crash-writer')
const ids = (table: string): number[] =>
  db.sqlite.prepare(`SELECT id FROM ${table} ORDER BY random() LIMIT 50`).pluck().all() as number[]

let revision = Number(revisionBaseArg)
let written = 0

async function newCounterparty(c: ServiceContext, role: 'processor' | 'sub_processor') {
  written++
  return createRecord(c, 'counterparty', {
    name: `Vendor ${seedArg}-${written}`,
    country: pick(['DK', 'DE', 'US', 'IE', 'IN']),
    kinds: role === 'processor' ? ['supplier', 'processor'] : ['sub_processor'],
    role,
    notes: 'x'.repeat(Math.floor(random() * 2000)),
  })
}

/** One committed write of a random kind; returns the lines to report once it has committed. */
async function writeOnce(): Promise<string[]> {
  const counterparties = ids('counterparty')
  const choice = random()
  if (counterparties.length === 0 || choice < 0.2) {
    const created = await newCounterparty(ctx, 'processor')
    return [`+ counterparty ${created.id}`]
  }
  const owner = pick(counterparties)
  if (choice < 0.4) {
    const parents = ids('agreement')
    const created = await createRecord(ctx, 'agreement', {
      counterparty_id: owner,
      type: pick(AGREEMENT_TYPES),
      status: 'signed',
      signed_on: '2026-01-15',
      parent_agreement_id: parents.length > 0 && random() < 0.3 ? pick(parents) : null,
    })
    return [`+ agreement ${created.id}`]
  }
  if (choice < 0.55) {
    // Several records in one transaction: a sub-processor, its link and where it keeps the data.
    const lines = await withinTransaction(ctx, async (tx) => {
      const sub = await newCounterparty(tx, 'sub_processor')
      const link = await createRecord(tx, 'sub_processor_link', {
        processor_id: owner,
        sub_processor_id: sub.id,
        purpose: 'hosting',
        notified_on: '2026-02-01',
      })
      const location = await createRecord(tx, 'location', {
        counterparty_id: sub.id,
        country: pick(['US', 'IN', 'DE']),
        basis: pick(TRANSFER_BASES),
      })
      return [
        `+ counterparty ${sub.id}`,
        `+ sub_processor_link ${link.id}`,
        `+ location ${location.id}`,
      ]
    })
    return lines
  }
  if (choice < 0.7) {
    const created = await createRecord(ctx, 'contact', {
      counterparty_id: owner,
      name: `Person ${written}`,
      email: `person${written}@example.com`,
    })
    return [`+ contact ${created.id}`]
  }
  if (choice < 0.8) {
    const contacts = ids('contact')
    if (contacts.length === 0) return []
    const id = pick(contacts)
    await deleteRecord(ctx, 'contact', id)
    return [`- contact ${id}`]
  }
  if (choice < 0.9) {
    revision++
    await updateRecord(ctx, 'counterparty', owner, { notes: `rev ${revision}` })
    return [`~ counterparty ${owner} ${revision}`]
  }
  const created = await createRecord(ctx, 'supervision', {
    counterparty_id: owner,
    method: 'isae3402_type2',
    received_on: '2026-03-01',
  })
  return [`+ supervision ${created.id}`]
}

// Runs until the parent kills it; the bound only stops a forgotten child.
for (let i = 0; i < 100_000; i++) {
  for (const line of await writeOnce()) report(line)
}
await db.close()
