/**
 * The register and its warnings as spreadsheets (issue 5): one XLSX workbook with a sheet per
 * record type, or one CSV file per record type. Both are built from the same sheet definitions, so
 * headers, order and the neutralising of formula-like text are the same in either format.
 */
import { PassThrough } from 'node:stream'
import { stringify } from 'csv-stringify/sync'
import type { Warning } from '../compliance'
import type { ExportSheet } from '../../preload/contract'
import type { ServiceContext } from './context'
import type { RegisterSnapshot } from './register-io'
import { languageOf, readRegisterView } from './register-view'
import { neutraliseCell } from './spreadsheet-cells'
import {
  ACTIVITY_LABELS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_TEMPLATE_LABELS,
  AGREEMENT_TYPE_LABELS,
  AUTHORISATION_LABELS,
  BASIS_LABELS,
  COUNTERPARTY_STATUS_LABELS,
  DATA_CATEGORY_LABELS,
  DATA_SUBJECT_BAND_LABELS,
  DPF_CATEGORY_LABELS,
  DPF_STATUS_LABELS,
  KIND_LABELS,
  label,
  METHOD_LABELS,
  OPINION_LABELS,
  ROLE_LABELS,
  SEVERITY_LABELS,
  YES_NO,
  type Language,
  type Words,
} from './vocabulary'

type Value = string | number | null

interface Column<R> {
  header: Words
  /** Dates are read as YYYY-MM-DD and written as real dates in XLSX. */
  type: 'text' | 'number' | 'date'
  width: number
  value: (row: R, language: Language) => Value
}

export interface SheetTable {
  key: ExportSheet
  name: string
  headers: string[]
  types: Column<unknown>['type'][]
  widths: number[]
  rows: Value[][]
}

const SHEET_NAMES: Readonly<Record<ExportSheet, Words>> = {
  counterparties: { da: 'Modparter', en: 'Counterparties' },
  agreements: { da: 'Aftaler', en: 'Agreements' },
  contacts: { da: 'Kontaktpersoner', en: 'Contacts' },
  locations: { da: 'Datalokationer', en: 'Locations' },
  sub_processors: { da: 'Underdatabehandlere', en: 'Sub-processors' },
  supervision: { da: 'Tilsyn', en: 'Supervision' },
  warnings: { da: 'Advarsler', en: 'Warnings' },
}

const text = <R>(
  da: string,
  en: string,
  value: (row: R, language: Language) => Value,
  width = 18,
): Column<R> => ({ header: { da, en }, type: 'text', width, value })
const number = <R>(da: string, en: string, value: (row: R) => number | null): Column<R> => ({
  header: { da, en },
  type: 'number',
  width: 10,
  value,
})
const date = <R>(da: string, en: string, value: (row: R) => string | null): Column<R> => ({
  header: { da, en },
  type: 'date',
  width: 13,
  value,
})
const yesNo = (value: boolean | null, language: Language) =>
  value === null ? null : (value ? YES_NO.yes : YES_NO.no)[language]

type Snapshot = RegisterSnapshot
type Row<K extends keyof Snapshot> = Snapshot[K][number]

/**
 * The columns of the counterparty sheet. Their headers double as the column names the supplier
 * import recognises, so an exported sheet imports back without a mapping.
 */
export const COUNTERPARTY_COLUMNS = {
  id: number<Row<'counterparties'>>('ID', 'ID', (c) => c.id),
  name: text<Row<'counterparties'>>('Navn', 'Name', (c) => c.name, 32),
  legal_name: text<Row<'counterparties'>>('Juridisk navn', 'Legal name', (c) => c.legal_name, 28),
  registration_no: text<Row<'counterparties'>>(
    'CVR-/momsnummer',
    'Registration no.',
    (c) => c.registration_no,
    16,
  ),
  country: text<Row<'counterparties'>>('Land', 'Country', (c) => c.country, 8),
  website: text<Row<'counterparties'>>('Hjemmeside', 'Website', (c) => c.website, 26),
  kinds: text<Row<'counterparties'>>(
    'Typer',
    'Kinds',
    (c, l) => c.kinds.map((k) => label(KIND_LABELS, k, l)).join(', '),
    24,
  ),
  role: text<Row<'counterparties'>>('Rolle', 'Role', (c, l) => label(ROLE_LABELS, c.role, l), 22),
  status: text<Row<'counterparties'>>(
    'Status',
    'Status',
    (c, l) => label(COUNTERPARTY_STATUS_LABELS, c.status, l),
    11,
  ),
  relationship_end: date<Row<'counterparties'>>(
    'Samarbejde ophørt',
    'Relationship ended',
    (c) => c.relationship_end,
  ),
  owner: text<Row<'counterparties'>>('Intern ejer', 'Owner', (c) => c.owner),
  data_categories: text<Row<'counterparties'>>(
    'Kategorier af personoplysninger',
    'Data categories',
    (c, l) => c.data_categories.map((k) => label(DATA_CATEGORY_LABELS, k, l)).join(', '),
    28,
  ),
  data_subjects_band: text<Row<'counterparties'>>(
    'Antal registrerede',
    'Data subjects',
    (c, l) => label(DATA_SUBJECT_BAND_LABELS, c.data_subjects_band, l),
    14,
  ),
  risk_points: number<Row<'counterparties'>>('Risikopoint', 'Risk points', (c) => c.risk_points),
  notes: text<Row<'counterparties'>>('Noter', 'Notes', (c) => c.notes, 40),
}

function sheetColumns(names: Map<number, string>) {
  const nameOf = (id: number) => names.get(id) ?? `#${id}`
  const counterpartyColumn = <R extends { counterparty_id: number }>() =>
    text<R>('Modpart', 'Counterparty', (r) => nameOf(r.counterparty_id), 28)
  const counterpartyId = <R extends { counterparty_id: number }>() =>
    number<R>('Modpart-ID', 'Counterparty ID', (r) => r.counterparty_id)

  return {
    counterparties: Object.values(COUNTERPARTY_COLUMNS),
    agreements: [
      number<Row<'agreements'>>('ID', 'ID', (a) => a.id),
      counterpartyColumn<Row<'agreements'>>(),
      counterpartyId<Row<'agreements'>>(),
      text<Row<'agreements'>>('Titel', 'Title', (a) => a.title, 24),
      text<Row<'agreements'>>(
        'Type',
        'Type',
        (a, l) => label(AGREEMENT_TYPE_LABELS, a.type, l),
        28,
      ),
      text<Row<'agreements'>>(
        'Skabelon',
        'Template',
        (a, l) => label(AGREEMENT_TEMPLATE_LABELS, a.template, l),
        28,
      ),
      number<Row<'agreements'>>('SCC-modul', 'SCC module', (a) => a.scc_module),
      text<Row<'agreements'>>(
        'Status',
        'Status',
        (a, l) => label(AGREEMENT_STATUS_LABELS, a.status, l),
        13,
      ),
      date<Row<'agreements'>>('Underskrevet', 'Signed on', (a) => a.signed_on),
      date<Row<'agreements'>>('Gælder fra', 'Effective from', (a) => a.effective_from),
      date<Row<'agreements'>>('Udløber', 'Expires on', (a) => a.expires_on),
      number<Row<'agreements'>>(
        'Opsigelsesvarsel (dage)',
        'Notice period (days)',
        (a) => a.notice_period_days,
      ),
      number<Row<'agreements'>>(
        'Automatisk fornyelse (måneder)',
        'Auto-renewal (months)',
        (a) => a.auto_renewal_months,
      ),
      number<Row<'agreements'>>(
        'Gennemgang (måneder)',
        'Review interval (months)',
        (a) => a.review_interval_months,
      ),
      number<Row<'agreements'>>(
        'Indsigelsesfrist (dage)',
        'Objection window (days)',
        (a) => a.objection_window_days,
      ),
      text<Row<'agreements'>>(
        'Godkendelse af underdatabehandlere',
        'Sub-processor authorisation',
        (a, l) => label(AUTHORISATION_LABELS, a.sub_processor_authorisation, l),
        24,
      ),
      number<Row<'agreements'>>(
        'Hovedaftale-ID',
        'Parent agreement ID',
        (a) => a.parent_agreement_id,
      ),
      text<Row<'agreements'>>('Noter', 'Notes', (a) => a.notes, 40),
    ],
    contacts: [
      number<Row<'contacts'>>('ID', 'ID', (c) => c.id),
      counterpartyColumn<Row<'contacts'>>(),
      counterpartyId<Row<'contacts'>>(),
      text<Row<'contacts'>>('Navn', 'Name', (c) => c.name, 24),
      text<Row<'contacts'>>('Stilling', 'Title', (c) => c.title),
      text<Row<'contacts'>>('E-mail', 'E-mail', (c) => c.email, 28),
      text<Row<'contacts'>>('Telefon', 'Phone', (c) => c.phone, 16),
      date<Row<'contacts'>>('Seneste aktivitet', 'Last activity', (c) => c.last_activity),
      text<Row<'contacts'>>('Retligt hold', 'Legal hold', (c, l) => yesNo(c.legal_hold, l), 10),
      text<Row<'contacts'>>('Noter', 'Notes', (c) => c.notes, 40),
    ],
    locations: [
      number<Row<'locations'>>('ID', 'ID', (r) => r.id),
      counterpartyColumn<Row<'locations'>>(),
      counterpartyId<Row<'locations'>>(),
      text<Row<'locations'>>('Land', 'Country', (r) => r.country, 8),
      text<Row<'locations'>>(
        'Aktivitet',
        'Activity',
        (r, l) => label(ACTIVITY_LABELS, r.activity, l),
        16,
      ),
      text<Row<'locations'>>(
        'Overførselsgrundlag',
        'Transfer basis',
        (r, l) => label(BASIS_LABELS, r.basis, l),
        32,
      ),
      number<Row<'locations'>>('SCC-modul', 'SCC module', (r) => r.scc_module),
      number<Row<'locations'>>('Aftale-ID', 'Agreement ID', (r) => r.agreement_id),
      text<Row<'locations'>>('DPF-kategori', 'DPF category', (r, l) =>
        label(DPF_CATEGORY_LABELS, r.dpf_category, l),
      ),
      text<Row<'locations'>>(
        'DPF-status',
        'DPF status',
        (r, l) => label(DPF_STATUS_LABELS, r.dpf_status, l),
        11,
      ),
      date<Row<'locations'>>('DPF kontrolleret', 'DPF verified on', (r) => r.dpf_verified_on),
      date<Row<'locations'>>('TIA udført', 'TIA on', (r) => r.tia_on),
      text<Row<'locations'>>(
        'Omfang bekræftet',
        'Scope confirmed',
        (r, l) => yesNo(r.scope_confirmed, l),
        10,
      ),
      text<Row<'locations'>>('Art. 49', 'Art. 49', (r) => r.art49_letter, 8),
      text<Row<'locations'>>('Tilladelse (ref.)', 'Authorisation ref.', (r) => r.authorisation_ref),
      text<Row<'locations'>>('Tilbagevendende', 'Recurring', (r, l) => yesNo(r.recurring, l), 10),
      text<Row<'locations'>>('Beskrivelse', 'Description', (r) => r.description, 40),
    ],
    sub_processors: [
      number<Row<'links'>>('ID', 'ID', (r) => r.id),
      text<Row<'links'>>('Databehandler', 'Processor', (r) => nameOf(r.processor_id), 28),
      number<Row<'links'>>('Databehandler-ID', 'Processor ID', (r) => r.processor_id),
      text<Row<'links'>>(
        'Underdatabehandler',
        'Sub-processor',
        (r) => nameOf(r.sub_processor_id),
        28,
      ),
      number<Row<'links'>>('Underdatabehandler-ID', 'Sub-processor ID', (r) => r.sub_processor_id),
      text<Row<'links'>>('Formål', 'Purpose', (r) => r.purpose, 32),
      date<Row<'links'>>('Opført', 'Listed on', (r) => r.listed_on),
      date<Row<'links'>>('Varslet', 'Notified on', (r) => r.notified_on),
      date<Row<'links'>>('Indsigelsesfrist', 'Objection deadline', (r) => r.objection_deadline),
      date<Row<'links'>>('Godkendt', 'Approved on', (r) => r.approved_on),
      text<Row<'links'>>('Godkendt af', 'Approved by', (r) => r.approved_by),
      date<Row<'links'>>('Indsigelse gjort', 'Objected on', (r) => r.objected_on),
    ],
    supervision: [
      number<Row<'supervisions'>>('ID', 'ID', (r) => r.id),
      counterpartyColumn<Row<'supervisions'>>(),
      counterpartyId<Row<'supervisions'>>(),
      text<Row<'supervisions'>>(
        'Metode',
        'Method',
        (r, l) => label(METHOD_LABELS, r.method, l),
        26,
      ),
      number<Row<'supervisions'>>('Koncept', 'Concept', (r) => r.concept),
      date<Row<'supervisions'>>('Periode fra', 'Period start', (r) => r.period_start),
      date<Row<'supervisions'>>('Periode til', 'Period end', (r) => r.period_end),
      date<Row<'supervisions'>>('Modtaget', 'Received on', (r) => r.received_on),
      text<Row<'supervisions'>>(
        'Konklusion',
        'Opinion',
        (r, l) => label(OPINION_LABELS, r.opinion, l),
        24,
      ),
      text<Row<'supervisions'>>('Afvigelser', 'Deviations', (r) => r.deviations, 32),
      date<Row<'supervisions'>>('Fulgt op', 'Followed up on', (r) => r.followed_up_on),
      date<Row<'supervisions'>>('Næste tilsyn', 'Next due', (r) => r.next_due),
      text<Row<'supervisions'>>('Noter', 'Notes', (r) => r.notes, 40),
    ],
    warnings: [
      text<Warning>('Regel', 'Rule', (w) => w.rule, 7),
      text<Warning>('Alvor', 'Severity', (w, l) => SEVERITY_LABELS[w.severity][l], 10),
      text<Warning>(
        'Modpart',
        'Counterparty',
        (w) => (w.subject.counterparty_id === null ? null : nameOf(w.subject.counterparty_id)),
        28,
      ),
      number<Warning>('Modpart-ID', 'Counterparty ID', (w) => w.subject.counterparty_id),
      text<Warning>('Vedrører', 'Subject', (w) => w.subject.type, 12),
      number<Warning>('Vedrører-ID', 'Subject ID', (w) => w.subject.id),
      date<Warning>('Frist', 'Due', (w) => w.due),
      text<Warning>('Advarsel', 'Warning', (w, l) => w.message[l], 70),
      text<Warning>('Retsgrundlag', 'Legal reference', (w) => w.legal_ref, 30),
      text<Warning>('Advarsels-ID', 'Warning ID', (w) => w.id, 24),
    ],
  } satisfies Record<ExportSheet, Column<never>[]>
}

/** Every sheet of the export as plain rows, in the order the workbook shows them. */
export function buildSheets(
  register: RegisterSnapshot,
  warnings: readonly Warning[],
  language: Language,
  only?: ExportSheet,
): SheetTable[] {
  const names = new Map(register.counterparties.map((c) => [c.id, c.name]))
  const columns = sheetColumns(names)
  const sources: { [K in ExportSheet]: readonly unknown[] } = {
    counterparties: register.counterparties,
    agreements: register.agreements,
    contacts: register.contacts,
    locations: register.locations,
    sub_processors: register.links,
    supervision: register.supervisions,
    warnings,
  }
  const keys = only ? [only] : (Object.keys(SHEET_NAMES) as ExportSheet[])
  return keys.map((key) => {
    const cols = columns[key] as Column<unknown>[]
    return {
      key,
      name: SHEET_NAMES[key][language],
      headers: cols.map((c) => c.header[language]),
      types: cols.map((c) => c.type),
      widths: cols.map((c) => c.width),
      rows: sources[key].map((record) => cols.map((c) => c.value(record, language))),
    }
  })
}

const DATE_FORMATS: Record<Language, string> = { da: 'dd-mm-yyyy', en: 'yyyy-mm-dd' }
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

/** A calendar day as Excel stores it: midnight UTC, which exceljs turns into a whole serial. */
function excelDate(iso: string): Date | null {
  const match = ISO_DATE.exec(iso)
  if (!match) return null
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

function xlsxCell(value: Value, type: Column<unknown>['type']): string | number | Date | null {
  if (value === null || value === '') return null
  if (type === 'date' && typeof value === 'string') return excelDate(value) ?? neutraliseCell(value)
  return typeof value === 'string' ? neutraliseCell(value) : value
}

/**
 * The workbook, written with exceljs's streaming writer: each row is committed as it is added, so
 * a register of 20,000 counterparties (about 200,000 rows over all sheets) never sits in memory
 * as a tree of cell objects.
 */
export async function writeXlsx(
  sheets: readonly SheetTable[],
  language: Language,
): Promise<Buffer> {
  const chunks: Buffer[] = []
  const sink = new PassThrough()
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve)
    sink.on('error', reject)
  })
  const { default: Excel } = await import('exceljs')
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
  })
  workbook.creator = 'DPA Desk'
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    })
    worksheet.columns = sheet.headers.map((header, index) => ({
      header,
      width: sheet.widths[index] ?? 14,
      style: sheet.types[index] === 'date' ? { numFmt: DATE_FORMATS[language] } : {},
    }))
    worksheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.headers.length },
    }
    const head = worksheet.getRow(1)
    head.font = { bold: true }
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } }
    head.commit()
    for (const row of sheet.rows) {
      worksheet
        .addRow(row.map((value, index) => xlsxCell(value, sheet.types[index] ?? 'text')))
        .commit()
    }
    worksheet.commit()
  }
  await workbook.commit()
  await done
  return Buffer.concat(chunks)
}

export type CsvSeparator = ',' | ';'

/** UTF-8 with a byte-order mark (so Excel reads æ, ø, å right), CRLF line ends, RFC 4180 quotes. */
export function writeCsv(sheet: SheetTable, separator: CsvSeparator): string {
  const rows = [sheet.headers, ...sheet.rows].map((row) =>
    row.map((value) =>
      value === null ? '' : typeof value === 'string' ? neutraliseCell(value) : String(value),
    ),
  )
  return `\uFEFF${stringify(rows, { delimiter: separator, record_delimiter: 'windows' })}`
}

const FILE_PREFIX: Words = { da: 'dpa-desk-register', en: 'dpa-desk-register' }

export async function exportXlsx(
  ctx: ServiceContext,
  input: { language: Language | null },
): Promise<{ file_name: string; base64: string }> {
  const view = await readRegisterView(ctx)
  const language = languageOf(input.language, view.settings)
  const buffer = await writeXlsx(buildSheets(view.register, view.warnings, language), language)
  return {
    file_name: `${FILE_PREFIX[language]}-${view.today}.xlsx`,
    base64: buffer.toString('base64'),
  }
}

export async function exportCsv(
  ctx: ServiceContext,
  input: { entity: ExportSheet; separator: CsvSeparator; language: Language | null },
): Promise<{ file_name: string; text: string }> {
  const view = await readRegisterView(ctx, { warnings: input.entity === 'warnings' })
  const language = languageOf(input.language, view.settings)
  const [sheet] = buildSheets(view.register, view.warnings, language, input.entity)
  if (!sheet) throw new Error(`no sheet ${input.entity}`)
  const slug = SHEET_NAMES[input.entity][language].toLowerCase()
  return {
    file_name: `dpa-desk-${slug}-${view.today}.csv`,
    text: writeCsv(sheet, input.separator),
  }
}
