/**
 * The whole register as one JSON document (docs/register-format.md): export, validated all-or-
 * nothing import, and the in-memory snapshot the compliance engine reads. Export is deterministic
 * (records by id, keys in contract order) so export → import → export is byte-identical.
 */
import { z } from 'zod'
import { countCounterparties, deferForeignKeys, insertRecordRow, readRegister } from '../../db'
import {
  agreement,
  contact,
  counterparty,
  location,
  settingsSchema,
  subProcessorLink,
  supervision,
  type Agreement,
  type Contact,
  type Counterparty,
  type Location,
  type Settings,
  type SubProcessorLink,
  type Supervision,
} from '../../preload/contract'
import type { Register } from '../compliance'
import { withinTransaction, type ServiceContext } from './context'
import { ServiceError } from './errors'
import { deleteCounterparty } from './counterparties'
import { decode, encode, entities, logChange, type Entity } from './records'
import { getSettings, updateSettings } from './settings'

export const REGISTER_FORMAT = 'dpa-desk-register'
export const REGISTER_FORMAT_VERSION = 1

/** The records of a register, as the compliance engine and the exports read them. */
export type RegisterSnapshot = Register

/** Section of the file → entity, in the order records are written (referenced ones first). */
const SECTIONS = [
  ['counterparties', 'counterparty', counterparty],
  ['agreements', 'agreement', agreement],
  ['contacts', 'contact', contact],
  ['locations', 'location', location],
  ['sub_processor_links', 'sub_processor_link', subProcessorLink],
  ['supervisions', 'supervision', supervision],
] as const

type SectionName = (typeof SECTIONS)[number][0]

export interface RegisterDocument {
  format: typeof REGISTER_FORMAT
  version: number
  settings: Settings
  counterparties: Counterparty[]
  agreements: Agreement[]
  contacts: Contact[]
  locations: Location[]
  sub_processor_links: SubProcessorLink[]
  supervisions: Supervision[]
}

export async function loadRegister(ctx: ServiceContext): Promise<RegisterSnapshot> {
  const rows = await readRegister(ctx.db.kysely)
  return {
    counterparties: rows.counterparty.map((row) => decode('counterparty', row)),
    contacts: rows.contact.map((row) => decode('contact', row)),
    agreements: rows.agreement.map((row) => decode('agreement', row)),
    locations: rows.location.map((row) => decode('location', row)),
    links: rows.sub_processor_link.map((row) => decode('sub_processor_link', row)),
    supervisions: rows.supervision.map((row) => decode('supervision', row)),
  }
}

export async function exportRegister(ctx: ServiceContext): Promise<string> {
  const snapshot = await loadRegister(ctx)
  const document: RegisterDocument = {
    format: REGISTER_FORMAT,
    version: REGISTER_FORMAT_VERSION,
    settings: await getSettings(ctx),
    counterparties: snapshot.counterparties,
    agreements: snapshot.agreements,
    contacts: snapshot.contacts,
    locations: snapshot.locations,
    sub_processor_links: snapshot.links,
    supervisions: snapshot.supervisions,
  }
  return `${JSON.stringify(canonical(document), null, 2)}\n`
}

/** Re-parses through the contract so keys come in schema order whatever order the source had. */
function canonical(document: RegisterDocument): RegisterDocument {
  const out = { ...document, settings: settingsSchema.parse(document.settings) }
  for (const [section, , schema] of SECTIONS) {
    const records = document[section] as unknown[]
    ;(out as Record<SectionName, unknown[]>)[section] = records.map((record) =>
      schema.parse(record),
    )
  }
  return out
}

export interface ImportProblem {
  /** e.g. `locations[3]`; the file's own id follows where it has one. */
  record: string
  field: string
  message: string
}

export class RegisterImportError extends ServiceError {
  constructor(readonly problems: ImportProblem[]) {
    const shown = problems
      .slice(0, 20)
      .map((p) => `  ${p.record}${p.field ? `.${p.field}` : ''}: ${p.message}`)
    const more = problems.length > 20 ? [`  … and ${problems.length - 20} more`] : []
    super(
      'validation',
      [
        `The register file has ${problems.length} problem(s); nothing was imported.`,
        ...shown,
        ...more,
      ].join('\n'),
    )
    this.name = 'RegisterImportError'
  }
}

const envelope = z.object({
  format: z.literal(REGISTER_FORMAT, { error: `must be "${REGISTER_FORMAT}"` }),
  version: z.literal(REGISTER_FORMAT_VERSION, { error: `must be ${REGISTER_FORMAT_VERSION}` }),
  settings: z.unknown().optional(),
  ...Object.fromEntries(SECTIONS.map(([section]) => [section, z.array(z.unknown()).default([])])),
})

/** Parses and checks a register file completely before anything is written. */
export function validateRegisterDocument(text: string): RegisterDocument {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new RegisterImportError([
      { record: 'file', field: '', message: `not valid JSON (${(error as Error).message})` },
    ])
  }
  const head = envelope.safeParse(json)
  if (!head.success) {
    throw new RegisterImportError(
      head.error.issues.map((issue) => ({
        record: 'file',
        field: issue.path.join('.'),
        message: issue.message,
      })),
    )
  }
  const problems: ImportProblem[] = []
  const settings = settingsSchema.safeParse(head.data.settings ?? {})
  if (!settings.success) {
    for (const issue of settings.error.issues)
      problems.push({ record: 'settings', field: issue.path.join('.'), message: issue.message })
  }
  const document: Record<string, unknown> = {
    format: REGISTER_FORMAT,
    version: REGISTER_FORMAT_VERSION,
    settings: settings.data,
  }
  for (const [section, , schema] of SECTIONS) {
    const raw = (head.data as unknown as Record<string, unknown[] | undefined>)[section] ?? []
    document[section] = raw.flatMap((item, index) => {
      const parsed = schema.safeParse(item)
      if (parsed.success) return [parsed.data]
      const label = recordLabel(section, index, item)
      for (const issue of parsed.error.issues)
        problems.push({ record: label, field: issue.path.join('.'), message: issue.message })
      return []
    })
  }
  if (problems.length === 0)
    problems.push(...referenceProblems(document as unknown as RegisterDocument))
  if (problems.length > 0) throw new RegisterImportError(problems)
  return document as unknown as RegisterDocument
}

function recordLabel(section: string, index: number, item: unknown): string {
  const id =
    typeof item === 'object' && item !== null && 'id' in item
      ? (item as { id: unknown }).id
      : undefined
  return `${section}[${index}]${id === undefined ? '' : ` (id ${String(id)})`}`
}

function referenceProblems(document: RegisterDocument): ImportProblem[] {
  const problems: ImportProblem[] = []
  const ids = Object.fromEntries(
    SECTIONS.map(([section]) => {
      const seen = new Set<number>()
      document[section].forEach((record, index) => {
        if (seen.has(record.id))
          problems.push({
            record: recordLabel(section, index, record),
            field: 'id',
            message: 'the same id appears twice',
          })
        seen.add(record.id)
      })
      return [section, seen]
    }),
  ) as Record<SectionName, Set<number>>
  const check = (section: SectionName, field: string, target: SectionName) => {
    ;(document[section] as unknown as Record<string, unknown>[]).forEach((record, index) => {
      const value = record[field]
      if (typeof value === 'number' && !ids[target].has(value)) {
        problems.push({
          record: recordLabel(section, index, record),
          field,
          message: `points at ${target} id ${value}, which is not in the file`,
        })
      }
    })
  }
  for (const section of ['agreements', 'contacts', 'locations', 'supervisions'] as const)
    check(section, 'counterparty_id', 'counterparties')
  check('agreements', 'parent_agreement_id', 'agreements')
  check('locations', 'agreement_id', 'agreements')
  check('sub_processor_links', 'processor_id', 'counterparties')
  check('sub_processor_links', 'sub_processor_id', 'counterparties')
  return problems
}

export interface ImportOptions {
  /** Replace what the register holds; without it the register must be empty. */
  replace: boolean
}

export async function importRegister(
  ctx: ServiceContext,
  text: string,
  options: ImportOptions,
): Promise<Record<SectionName, number>> {
  const document = validateRegisterDocument(text)
  return withinTransaction(ctx, async (tx) => {
    if (!options.replace && (await countCounterparties(tx.db.kysely)) > 0) {
      throw new ServiceError(
        'conflict',
        'The register is not empty: import into a new file, or replace its contents.',
      )
    }
    if (options.replace) {
      for (const { id } of (await loadRegister(tx)).counterparties)
        await deleteCounterparty(tx, id, true)
    }
    // The file's order need not follow its references (a DPA may name a later main contract).
    await deferForeignKeys(tx.db.kysely)
    const counts = {} as Record<SectionName, number>
    for (const [section, entity] of SECTIONS) {
      for (const record of document[section])
        await writeImported(tx, entity, record as unknown as Record<string, unknown>)
      counts[section] = document[section].length
    }
    await updateSettings(tx, document.settings)
    return counts
  })
}

async function writeImported(
  ctx: ServiceContext,
  entity: Entity,
  record: Record<string, unknown>,
): Promise<void> {
  await insertRecordRow(ctx.db.kysely, entities[entity].table, encode(entity, record))
  await logChange(ctx.db.kysely, ctx, 'create', entity, record.id as number, null, record)
}
