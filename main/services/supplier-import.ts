/**
 * Importing suppliers from a CSV or XLSX file (issue 5): read the file into a table, match its
 * columns to counterparty fields, preview every row (errors with row, column and reason;
 * duplicates against the register and within the file), and commit the preview all-or-nothing.
 *
 * A file that cannot be read as a table is refused whole with one clear message and nothing is
 * written. The commit re-runs the preview inside its transaction, so what it writes is exactly
 * what the preview showed, or nothing at all.
 */
import { createHash } from 'node:crypto'
import { parse } from 'csv-parse/sync'
import type ExcelJS from 'exceljs'
import countries from 'i18n-iso-countries'
import { z } from 'zod'
import {
  COUNTERPARTY_KINDS,
  COUNTERPARTY_STATUSES,
  counterpartyInput,
  IMPORT_FIELDS,
  MAX_IMPORT_BYTES,
  ROLES,
  type Counterparty,
  type ImportField,
  type ImportPreview,
  type ImportResult,
} from '../../preload/contract'
import { withinTransaction, type ServiceContext } from './context'
import { ServiceError } from './errors'
import { createRecord, listRecords } from './records'
import { COUNTERPARTY_COLUMNS } from './spreadsheet-export'
import { restoreNeutralisedCell } from './spreadsheet-cells'
import { COUNTERPARTY_STATUS_LABELS, KIND_LABELS, ROLE_LABELS, type Words } from './vocabulary'

type CounterpartyFields = z.output<typeof counterpartyInput>
export type ColumnMapping = Partial<Record<string, ImportField | null>>

export interface ImportSource {
  file_name: string
  bytes: Uint8Array
  sheet?: string | null
  mapping?: ColumnMapping | null
}

/** A file we refuse as a whole: the message says what is wrong and what to do. */
class ImportFileError extends ServiceError {
  constructor(message: string) {
    super('validation', message, 'file')
    this.name = 'ImportFileError'
  }
}

// ─── Reading the file into a table ──────────────────────────────────────────────────────────

interface TableRow {
  /** As a spreadsheet program numbers it: the header is row 1 unless blank rows come first. */
  row: number
  cells: string[]
  /** Column index → why the cell cannot be used (an Excel error value, say). */
  problems: Map<number, string>
}

interface Table {
  format: 'csv' | 'xlsx'
  sheet: string | null
  sheets: string[]
  separator: string | null
  header: TableRow
  rows: TableRow[]
  notices: string[]
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0]
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b)

export async function readTable(source: ImportSource): Promise<Table> {
  const { bytes } = source
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportFileError(
      `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; imports take at most 50 MB. ` +
        'Split it into smaller files and import them one by one.',
    )
  }
  if (bytes.length === 0) throw new ImportFileError('The file is empty.')
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, source.sheet ?? null)
  if (startsWith(bytes, OLE2)) {
    throw new ImportFileError(
      'This is an old Excel 97–2003 workbook (.xls). Save it as "Excel Workbook (.xlsx)" or ' +
        '"CSV UTF-8" and import that file.',
    )
  }
  if (/\.xlsx$/i.test(source.file_name)) {
    throw new ImportFileError(
      `${source.file_name} is named .xlsx but is not an Excel workbook (it is damaged, or another ` +
        'kind of file). Open it in Excel and save it again, or export it as "CSV UTF-8".',
    )
  }
  return readCsv(decodeText(bytes))
}

/** The text of a CSV file, which must be UTF-8; anything else is refused with a way out. */
function decodeText(bytes: Uint8Array): string {
  const saveAs = 'In Excel choose File › Save As › "CSV UTF-8 (Comma delimited)" and import again.'
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportFileError(
      `The file is UTF-16 text ("Unicode text" in Excel), not UTF-8. ${saveAs}`,
    )
  }
  const head = bytes.subarray(0, 4096)
  if (head.includes(0)) {
    throw new ImportFileError(
      `The file contains NUL bytes: it is UTF-16 text without a byte-order mark, or not a text file at all. ${saveAs}`,
    )
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    const line = countLines(bytes, at)
    const byte = bytes[at] ?? 0
    const asLatin1 = String.fromCharCode(byte)
    const guess = /[\p{L}]/u.test(asLatin1)
      ? ` It looks like Windows-1252/Latin-1, where that byte is "${asLatin1}".`
      : ''
    throw new ImportFileError(
      `The file is not UTF-8: line ${line} has the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}, ` +
        `which is not valid UTF-8.${guess} ${saveAs}`,
    )
  }
}

/** Offset of the first byte that breaks UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : 4
    if (b >= 0x80 && (b < 0xc2 || b > 0xf4)) return i
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return i
    }
    i += length
  }
  return Math.max(0, bytes.length - 1)
}

function countLines(bytes: Uint8Array, until: number): number {
  let line = 1
  for (let i = 0; i < until; i++) if (bytes[i] === 0x0a) line++
  return line
}

function readCsv(raw: string): Table {
  let textValue = raw.startsWith('\uFEFF') ? raw.slice(1) : raw
  if (textValue.trim() === '') throw new ImportFileError('The file is empty.')
  const notices: string[] = []
  let rowOffset = 0
  let separator: string
  // Excel writes and honours a first line "sep=;" that names the separator.
  const hint = /^sep=(.)\r?\n/i.exec(textValue)
  if (hint?.[1]) {
    separator = hint[1]
    textValue = textValue.slice(hint[0].length)
    rowOffset = 1
  } else {
    separator = sniffSeparator(textValue)
  }
  let records: { info: { records: number }; record: string[] }[]
  try {
    records = parse(textValue, {
      delimiter: separator,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as typeof records
  } catch (error) {
    throw new ImportFileError(csvErrorMessage(error, textValue, rowOffset))
  }
  const rows = records.map(({ info, record }) => ({
    row: info.records + rowOffset,
    cells: record,
    problems: new Map<number, string>(),
  }))
  return splitHeader({
    format: 'csv',
    sheet: null,
    sheets: [],
    separator,
    rows,
    notices,
  })
}

const SEPARATORS = [';', ',', '\t'] as const

/**
 * The separator of a CSV file: the one that splits the first lines into the same number of cells
 * each time, preferring more cells (`;` from Danish Excel, `,`, or tab). A comma inside a name in
 * a `;` file splits lines unevenly, so it loses to `;`.
 */
function sniffSeparator(textValue: string): string {
  const lines = firstRecords(textValue, 50).filter((line) => line.trim() !== '')
  let best: { separator: string; cells: number; even: boolean } | null = null
  for (const separator of SEPARATORS) {
    const counts = lines.map((line) => countOutsideQuotes(line, separator))
    const cells = counts[0] ?? 0
    const even = counts.every((count) => count === cells)
    const better =
      best === null || (even && !best.even) || (even === best.even && cells > best.cells)
    if (better) best = { separator, cells, even }
  }
  return best?.separator ?? ','
}

/** The first `limit` records of a CSV text, split on line ends outside quotes. */
function firstRecords(textValue: string, limit: number): string[] {
  const records: string[] = []
  let quoted = false
  let start = 0
  for (let i = 0; i < textValue.length && records.length < limit; i++) {
    const char = textValue[i]
    if (char === '"') quoted = !quoted
    else if (char === '\n' && !quoted) {
      records.push(textValue.slice(start, i))
      start = i + 1
    }
  }
  if (records.length < limit && start < textValue.length) records.push(textValue.slice(start))
  return records
}

function countOutsideQuotes(line: string, separator: string): number {
  let count = 0
  let quoted = false
  for (const char of line) {
    if (char === '"') quoted = !quoted
    else if (!quoted && char === separator) count++
  }
  return count
}

function csvErrorMessage(error: unknown, textValue: string, rowOffset: number): string {
  const code = (error as { code?: string }).code
  const line = Number((error as { lines?: number }).lines ?? 0) + rowOffset
  const fix =
    'Fix the quotes in that row (a " inside a cell is written "") or save the file again from Excel.'
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `Broken quoting: the quoted cell that starts on line ${unclosedQuoteLine(textValue) + rowOffset} is never closed, so the rest of the file would be read as one cell. ${fix}`
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `Broken quoting on line ${line}: text follows the closing quote of a cell. ${fix}`
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return `Broken quoting on line ${line}: a quote appears inside a cell that does not start with one. ${fix}`
    default:
      return `The CSV file cannot be read (line ${line}): ${(error as Error).message}`
  }
}

/** Line on which the last quoted cell was opened, for a file that ends inside quotes. */
function unclosedQuoteLine(textValue: string): number {
  let line = 1
  let openedOn = 1
  let quoted = false
  for (let i = 0; i < textValue.length; i++) {
    const char = textValue[i]
    if (char === '\n') line++
    else if (char === '"') {
      if (quoted && textValue[i + 1] === '"') i++
      else {
        quoted = !quoted
        if (quoted) openedOn = line
      }
    }
  }
  return openedOn
}

const SUPPLIER_SHEET_NAMES = new Set(
  ['counterparties', 'modparter', 'suppliers', 'leverandører', 'vendors', 'leverandorer'].map(
    (name) => name.toLowerCase(),
  ),
)

async function readXlsx(bytes: Uint8Array, sheetName: string | null): Promise<Table> {
  const { default: Excel } = await import('exceljs')
  const workbook = new Excel.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (error) {
    throw new ImportFileError(
      `The file is not a readable Excel workbook (.xlsx): ${(error as Error).message}. ` +
        'Open it in Excel and save it again, or export it as "CSV UTF-8".',
    )
  }
  const sheets = workbook.worksheets.map((ws) => ws.name)
  const visible = workbook.worksheets.filter((ws) => ws.state === 'visible')
  const worksheet = sheetName
    ? workbook.worksheets.find((ws) => ws.name === sheetName)
    : (visible.find((ws) => SUPPLIER_SHEET_NAMES.has(ws.name.toLowerCase())) ??
      visible.find((ws) => ws.actualRowCount > 1) ??
      visible.find((ws) => ws.actualRowCount > 0) ??
      visible[0])
  if (!worksheet) {
    throw new ImportFileError(
      sheetName
        ? `The workbook has no sheet named "${sheetName}"; it has ${sheets.map((s) => `"${s}"`).join(', ')}.`
        : 'The workbook has no visible sheet.',
    )
  }
  const rows: TableRow[] = []
  const uncached: string[] = []
  let formulas = 0
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    const problems = new Map<number, string>()
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const index = colNumber - 1
      while (cells.length < index) cells.push('')
      const read = readCell(cell.value)
      if (read.formula) {
        formulas++
        if (read.uncached) uncached.push(cell.address)
      }
      if (read.problem) problems.set(index, read.problem)
      cells[index] = read.text
    })
    rows.push({ row: rowNumber, cells, problems })
  })
  if (uncached.length > 0) {
    const shown = uncached.slice(0, 5).join(', ') + (uncached.length > 5 ? ', …' : '')
    throw new ImportFileError(
      `${uncached.length} cell(s) hold a formula without a saved result (${shown}). DPA Desk does ` +
        'not calculate formulas: open the file in Excel and save it (so the results are stored), ' +
        'or replace the formulas with their values.',
    )
  }
  const notices =
    formulas > 0
      ? [
          `${formulas} cell(s) hold formulas; the results Excel saved with them were imported, not the formulas.`,
        ]
      : []
  return splitHeader({
    format: 'xlsx',
    sheet: worksheet.name,
    sheets,
    separator: null,
    rows,
    notices,
  })
}

interface CellRead {
  text: string
  formula?: boolean
  uncached?: boolean
  problem?: string
}

/** A cell's value as text: formulas give their saved result, never the formula itself. */
function readCell(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'string') return { text: value }
  if (typeof value === 'number') return { text: String(value) }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' }
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) }
  if ('error' in value) return { text: value.error, problem: `the cell shows ${value.error}` }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result
    if (result === undefined || result === null) return { text: '', formula: true, uncached: true }
    const read = readCell(result as ExcelJS.CellValue)
    return { ...read, formula: true }
  }
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') }
  if ('hyperlink' in value) {
    const shown = value.text as unknown
    return shown === undefined ? { text: value.hyperlink } : readCell(shown as ExcelJS.CellValue)
  }
  return { text: String(value as unknown) }
}

const isBlank = (row: TableRow) => row.cells.every((cell) => cell.trim() === '')

function splitHeader(table: Omit<Table, 'header'>): Table {
  const headerIndex = table.rows.findIndex((row) => !isBlank(row))
  const header = table.rows[headerIndex]
  if (!header) throw new ImportFileError('The file is empty: it has no header row and no rows.')
  const rows = table.rows.slice(headerIndex + 1).filter((row) => !isBlank(row))
  if (rows.length === 0) {
    throw new ImportFileError(
      `The file has a header row (row ${header.row}) but no rows of suppliers below it.`,
    )
  }
  return { ...table, header, rows }
}

// ─── Matching columns to fields ─────────────────────────────────────────────────────────────

function columnKey(index: number): string {
  let key = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    key = String.fromCharCode(65 + ((n - 1) % 26)) + key
  }
  return key
}

const normaliseHeader = (header: string) =>
  header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')

/** Header words people use for each field, in English and Danish, plus our export's headers. */
const HEADER_ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  name: [
    'name',
    'navn',
    'company',
    'company name',
    'firma',
    'firmanavn',
    'virksomhed',
    'virksomhedsnavn',
    'supplier',
    'supplier name',
    'leverandør',
    'leverandørnavn',
    'vendor',
    'vendor name',
    'counterparty',
    'modpart',
    'organisation',
    'organization',
  ],
  legal_name: ['legal name', 'juridisk navn', 'officielt navn', 'registered name'],
  registration_no: [
    'registration no',
    'registration number',
    'reg no',
    'company number',
    'cvr',
    'cvr-nr',
    'cvr-nummer',
    'cvr/moms-nr',
    'vat',
    'vat no',
    'vat number',
    'moms-nr',
    'momsnummer',
    'se-nr',
  ],
  country: ['country', 'land', 'country code', 'landekode', 'hjemland'],
  website: ['website', 'web', 'url', 'homepage', 'hjemmeside', 'webside'],
  kinds: ['kinds', 'kind', 'type', 'types', 'typer', 'supplier type', 'leverandørtype'],
  role: ['role', 'rolle', 'gdpr role', 'gdpr-rolle'],
  status: ['status'],
  owner: ['owner', 'ejer', 'internal owner', 'intern ejer', 'ansvarlig', 'responsible'],
  notes: ['notes', 'note', 'noter', 'bemærkninger', 'comments', 'comment', 'kommentar', 'remarks'],
  contact_name: [
    'contact',
    'contact name',
    'contact person',
    'kontakt',
    'kontaktperson',
    'kontaktnavn',
  ],
  contact_email: [
    'email',
    'e-mail',
    'email address',
    'e-mailadresse',
    'contact email',
    'contact e-mail',
    'kontakt e-mail',
    'mail',
  ],
}

const FIELD_BY_HEADER: ReadonlyMap<string, ImportField> = (() => {
  const map = new Map<string, ImportField>()
  const exportHeaders = COUNTERPARTY_COLUMNS as Partial<Record<string, { header: Words }>>
  for (const field of IMPORT_FIELDS) {
    const own = exportHeaders[field]?.header
    const words = [...HEADER_ALIASES[field], ...(own ? [own.da, own.en] : [])]
    for (const word of words)
      if (!map.has(normaliseHeader(word))) map.set(normaliseHeader(word), field)
  }
  return map
})()

/** Each column whose header names a field gets it; the first column wins a field named twice. */
function detectMapping(headers: readonly string[]): Map<number, ImportField> {
  const mapping = new Map<number, ImportField>()
  const taken = new Set<ImportField>()
  headers.forEach((header, index) => {
    const field = FIELD_BY_HEADER.get(normaliseHeader(header))
    if (field && !taken.has(field)) {
      mapping.set(index, field)
      taken.add(field)
    }
  })
  return mapping
}

function explicitMapping(given: ColumnMapping, width: number): Map<number, ImportField> {
  const mapping = new Map<number, ImportField>()
  const columnOf = new Map<ImportField, string>()
  for (const [key, field] of Object.entries(given)) {
    if (!field) continue
    const index = columnIndex(key)
    if (index >= width) {
      throw new ServiceError(
        'validation',
        `The mapping names column ${key}, but the file's columns end at ${columnKey(width - 1)}.`,
        'mapping',
      )
    }
    const other = columnOf.get(field)
    if (other !== undefined) {
      throw new ServiceError(
        'validation',
        `The mapping gives the field ${field} to two columns (${other} and ${key}); choose one.`,
        'mapping',
      )
    }
    columnOf.set(field, key)
    mapping.set(index, field)
  }
  return mapping
}

function columnIndex(key: string): number {
  let n = 0
  for (const char of key) n = n * 26 + (char.charCodeAt(0) - 64)
  return n - 1
}

// ─── Reading the values of a row ────────────────────────────────────────────────────────────

/** Code, English or Danish label → code, compared without case. */
function lookup<K extends string>(codes: readonly K[], labels: Readonly<Record<K, Words>>) {
  const map = new Map<string, K>()
  for (const code of codes) {
    for (const word of [code, code.replace(/_/g, ' '), labels[code].da, labels[code].en]) {
      map.set(normaliseHeader(word), code)
    }
  }
  return map
}

const KINDS = lookup(COUNTERPARTY_KINDS, KIND_LABELS)
const ROLE_CODES = lookup(ROLES, ROLE_LABELS)
const STATUS_CODES = lookup(COUNTERPARTY_STATUSES, COUNTERPARTY_STATUS_LABELS)
// Common short forms beside the labels.
for (const [word, role] of [
  ['controller', 'independent_controller'],
  ['dataansvarlig', 'independent_controller'],
  ['ingen', 'none'],
] as const) {
  ROLE_CODES.set(normaliseHeader(word), role)
}

const listOf = (words: Iterable<string>) => [...words].join(', ')
const COUNTRY_ALIASES = new Map([
  ['EL', 'GR'],
  ['UK', 'GB'],
])

/** An ISO code (EL is Greece, UK is Britain) or a country's name in Danish or English. */
function parseCountry(value: string): string | null {
  const trimmed = value.trim()
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase()
    const known = COUNTRY_ALIASES.get(code) ?? code
    return countries.isValid(known) ? known : null
  }
  if (/^[A-Za-z]{3}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) {
    return countries.alpha3ToAlpha2(trimmed.toUpperCase()) ?? null
  }
  return (
    countries.getAlpha2Code(trimmed, 'da') ??
    countries.getAlpha2Code(trimmed, 'en') ??
    countries.getSimpleAlpha2Code(trimmed, 'da') ??
    countries.getSimpleAlpha2Code(trimmed, 'en') ??
    null
  )
}

const email = z.email()

interface RowProblem {
  field: ImportField | 'row'
  column: number | null
  value: string
  reason: string
}

interface ParsedRow {
  /** What was read, for the row's name and duplicate checks even when it has errors. */
  values: Record<string, unknown>
  /** The counterparty to create; null when the row has errors. */
  input: CounterpartyFields | null
  contact: { name: string; email: string | null } | null
  problems: RowProblem[]
}

function parseRow(row: TableRow, mapping: Map<number, ImportField>): ParsedRow {
  const problems: RowProblem[] = []
  const raw = new Map<ImportField, { value: string; column: number }>()
  for (const [index, field] of mapping) {
    const problem = row.problems.get(index)
    const value = restoreNeutralisedCell((row.cells[index] ?? '').trim())
    if (problem) problems.push({ field, column: index, value, reason: problem })
    else raw.set(field, { value, column: index })
  }
  const get = (field: ImportField) => raw.get(field)?.value ?? ''
  const problem = (field: ImportField, reason: string) => {
    problems.push({ field, column: raw.get(field)?.column ?? null, value: get(field), reason })
  }
  const values: Record<string, unknown> = {}
  for (const field of [
    'name',
    'legal_name',
    'registration_no',
    'website',
    'owner',
    'notes',
  ] as const) {
    if (raw.has(field)) values[field] = get(field)
  }
  if (raw.has('name') && get('name') === '') {
    problem('name', 'is required: every supplier needs a name')
  }
  if (get('country') !== '') {
    const code = parseCountry(get('country'))
    if (code) values.country = code
    else
      problem(
        'country',
        'is not a country: use a two-letter code such as DK, or a name such as Tyskland or Germany',
      )
  }
  if (get('kinds') !== '') {
    const kinds: string[] = []
    for (const word of get('kinds')
      .split(/[,;/|\n]+/)
      .map((w) => w.trim())
      .filter(Boolean)) {
      const kind = KINDS.get(normaliseHeader(word))
      if (kind) {
        if (!kinds.includes(kind)) kinds.push(kind)
      } else {
        problem(
          'kinds',
          `"${word}" is not a kind; use ${listOf(COUNTERPARTY_KINDS)} (or the Danish words)`,
        )
      }
    }
    values.kinds = kinds
  }
  for (const [field, codes, all] of [
    ['role', ROLE_CODES, ROLES],
    ['status', STATUS_CODES, COUNTERPARTY_STATUSES],
  ] as const) {
    if (get(field) === '') continue
    const code = codes.get(normaliseHeader(get(field)))
    if (code) values[field] = code
    else
      problem(field, `"${get(field)}" is not a ${field}; use ${listOf(all)} (or the Danish words)`)
  }
  const parsed = counterpartyInput.safeParse(values)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'name') as ImportField
      if (!problems.some((p) => p.field === field)) problem(field, issue.message)
    }
  }
  let contact: ParsedRow['contact'] = null
  const contactName = get('contact_name')
  const contactEmail = get('contact_email')
  if (contactEmail !== '' && !email.safeParse(contactEmail).success) {
    problem('contact_email', 'is not an e-mail address')
  } else if (contactName !== '' || contactEmail !== '') {
    if (contactName.length > 200) problem('contact_name', 'is longer than 200 characters')
    contact = { name: contactName || contactEmail, email: contactEmail || null }
  }
  const input = parsed.success && problems.length === 0 ? parsed.data : null
  return { values, input, contact, problems }
}

// ─── Duplicates ─────────────────────────────────────────────────────────────────────────────

/** CVR 12345678 and VAT DK12345678 are the same company; spaces, dots and dashes do not count. */
function registrationKey(value: string | null | undefined): string | null {
  if (!value) return null
  const compact = value.toUpperCase().replace(/[\s.\-/]/g, '')
  if (compact === '') return null
  return /^DK\d{8}$/.test(compact) ? compact.slice(2) : compact
}

const nameKey = (value: string) =>
  value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('da')

interface Known {
  byRegistration: Map<string, Counterparty>
  byName: Map<string, Counterparty>
}

function indexRegister(existing: readonly Counterparty[]): Known {
  const byRegistration = new Map<string, Counterparty>()
  const byName = new Map<string, Counterparty>()
  for (const cp of existing) {
    const reg = registrationKey(cp.registration_no)
    if (reg && !byRegistration.has(reg)) byRegistration.set(reg, cp)
    const name = nameKey(cp.name)
    if (!byName.has(name)) byName.set(name, cp)
  }
  return { byRegistration, byName }
}

// ─── Preview and commit ─────────────────────────────────────────────────────────────────────

export function buildPreview(
  source: Pick<ImportSource, 'file_name' | 'mapping'>,
  table: Table,
  existing: readonly Counterparty[],
): ImportPreview {
  const width = Math.max(table.header.cells.length, ...table.rows.map((r) => r.cells.length))
  const mapping = source.mapping
    ? explicitMapping(source.mapping, width)
    : detectMapping(table.header.cells)
  if (![...mapping.values()].includes('name')) {
    const found = table.header.cells
      .map((header, index) => `${columnKey(index)} "${header}"`)
      .join(', ')
    throw new ServiceError(
      'validation',
      `No column holds the supplier's name, which every row needs. Head a column "Name" or ` +
        `"Navn", or map one in the column mapping. The file's columns: ${found}.`,
      'mapping',
    )
  }
  const known = indexRegister(existing)
  const inFile = { byRegistration: new Map<string, number>(), byName: new Map<string, number>() }
  const preview: ImportPreview = {
    file_name: source.file_name,
    format: table.format,
    sheet: table.sheet,
    sheets: table.sheets,
    separator: table.separator,
    header_row: table.header.row,
    columns: Array.from({ length: width }, (_, index) => ({
      key: columnKey(index),
      header: table.header.cells[index] ?? '',
      field: mapping.get(index) ?? null,
      samples: table.rows.slice(0, 3).map((row) => row.cells[index] ?? ''),
    })),
    rows: [],
    errors: [],
    duplicates: [],
    notices: [...table.notices],
    summary: { rows: table.rows.length, create: 0, duplicates: 0, errors: 0 },
    preview_hash: '',
  }
  const extra = unmappedCellsNotice(table, mapping)
  if (extra) preview.notices.push(extra)
  for (const row of table.rows) {
    const parsed = parseRow(row, mapping)
    const name = String(parsed.values.name ?? '')
    for (const p of parsed.problems) {
      preview.errors.push({
        row: row.row,
        column: p.column === null ? null : columnKey(p.column),
        field: p.field,
        value: p.value,
        reason: p.reason,
      })
    }
    const duplicate = findDuplicate(row.row, parsed.values, known, inFile)
    if (duplicate) preview.duplicates.push(duplicate)
    const status = parsed.problems.length > 0 ? 'error' : duplicate ? 'duplicate' : 'create'
    preview.summary[status === 'create' ? 'create' : status === 'error' ? 'errors' : 'duplicates']++
    preview.rows.push({
      row: row.row,
      status,
      name,
      values: parsed.input,
      contact: parsed.contact,
    })
  }
  preview.preview_hash = hashPreview(preview)
  return preview
}

function findDuplicate(
  row: number,
  values: Record<string, unknown>,
  known: Known,
  inFile: { byRegistration: Map<string, number>; byName: Map<string, number> },
): ImportPreview['duplicates'][number] | null {
  const reg = registrationKey(
    typeof values.registration_no === 'string' ? values.registration_no : null,
  )
  const name =
    typeof values.name === 'string' && values.name.trim() !== '' ? nameKey(values.name) : null
  let found: ImportPreview['duplicates'][number] | null = null
  const existingReg = reg ? known.byRegistration.get(reg) : undefined
  const existingName = name ? known.byName.get(name) : undefined
  const fileReg = reg ? inFile.byRegistration.get(reg) : undefined
  const fileName = name ? inFile.byName.get(name) : undefined
  const regValue = String(values.registration_no ?? '')
  const nameValue = String(values.name ?? '')
  if (existingReg) {
    found = {
      row,
      by: 'registration_no',
      value: regValue,
      existing_id: existingReg.id,
      existing_name: existingReg.name,
      first_row: null,
    }
  } else if (existingName) {
    found = {
      row,
      by: 'name',
      value: nameValue,
      existing_id: existingName.id,
      existing_name: existingName.name,
      first_row: null,
    }
  } else if (fileReg !== undefined) {
    found = {
      row,
      by: 'registration_no',
      value: regValue,
      existing_id: null,
      existing_name: null,
      first_row: fileReg,
    }
  } else if (fileName !== undefined) {
    found = {
      row,
      by: 'name',
      value: nameValue,
      existing_id: null,
      existing_name: null,
      first_row: fileName,
    }
  }
  if (reg && fileReg === undefined) inFile.byRegistration.set(reg, row)
  if (name && fileName === undefined) inFile.byName.set(name, row)
  return found
}

function unmappedCellsNotice(table: Table, mapping: Map<number, ImportField>): string | null {
  const ignored = table.header.cells
    .map((header, index) => ({ header, index }))
    .filter(({ header, index }) => header.trim() !== '' && !mapping.has(index))
  if (ignored.length === 0) return null
  return `Not imported (no field chosen): ${ignored.map(({ header, index }) => `${columnKey(index)} "${header}"`).join(', ')}.`
}

function hashPreview(preview: ImportPreview): string {
  const essence = JSON.stringify([preview.rows, preview.errors, preview.duplicates])
  return createHash('sha256').update(essence).digest('hex')
}

async function allCounterparties(ctx: ServiceContext): Promise<Counterparty[]> {
  const page = await listRecords(ctx, 'counterparty', {
    where: {},
    sort: 'id',
    dir: 'asc',
    offset: 0,
    limit: Number.MAX_SAFE_INTEGER,
  })
  return page.rows
}

export async function previewImport(
  ctx: ServiceContext,
  source: ImportSource,
): Promise<ImportPreview> {
  const table = await readTable(source)
  return buildPreview(source, table, await allCounterparties(ctx))
}

/** Rows that block the commit, listed the way the preview shows them. */
class ImportRowsError extends ServiceError {
  constructor(readonly preview: ImportPreview) {
    const shown = preview.errors
      .slice(0, 10)
      .map(
        (e) => `  row ${e.row}${e.column ? `, column ${e.column}` : ''}, ${e.field}: ${e.reason}`,
      )
    const more = preview.errors.length > 10 ? [`  … and ${preview.errors.length - 10} more`] : []
    super(
      'validation',
      [
        `${preview.summary.errors} row(s) of the file have errors; nothing was imported. Fix them and try again:`,
        ...shown,
        ...more,
      ].join('\n'),
      'file',
    )
    this.name = 'ImportRowsError'
  }
}

/**
 * Creates every row the preview marks `create` (with its contact person), skipping duplicates, in
 * one transaction. Any row with an error, or a preview hash that no longer matches, writes nothing.
 */
export async function commitImport(
  ctx: ServiceContext,
  source: ImportSource & { preview_hash?: string | null },
): Promise<ImportResult> {
  const table = await readTable(source)
  return withinTransaction(ctx, async (tx) => {
    const preview = buildPreview(source, table, await allCounterparties(tx))
    if (source.preview_hash && source.preview_hash !== preview.preview_hash) {
      throw new ServiceError(
        'conflict',
        'The register or the file has changed since the preview; nothing was imported. Preview the file again.',
      )
    }
    if (preview.errors.length > 0) throw new ImportRowsError(preview)
    const result: ImportResult = {
      created: [],
      contacts_created: 0,
      skipped_duplicates: preview.summary.duplicates,
      preview_hash: preview.preview_hash,
    }
    for (const row of preview.rows) {
      if (row.status !== 'create' || !row.values) continue
      const created = await createRecord(tx, 'counterparty', row.values)
      result.created.push({ row: row.row, id: created.id, name: created.name })
      if (row.contact) {
        await createRecord(tx, 'contact', {
          counterparty_id: created.id,
          name: row.contact.name,
          email: row.contact.email,
        })
        result.contacts_created++
      }
    }
    return result
  })
}

/** The bytes of a base64 upload, refusing one over the limit before decoding it. */
export function decodeUpload(contentBase64: string): Uint8Array {
  const padding = contentBase64.endsWith('==') ? 2 : contentBase64.endsWith('=') ? 1 : 0
  const size = Math.floor((contentBase64.length * 3) / 4) - padding
  if (size > MAX_IMPORT_BYTES) {
    throw new ImportFileError(
      `The file is ${(size / 1024 / 1024).toFixed(1)} MB; imports take at most 50 MB. Split it into smaller files and import them one by one.`,
    )
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64)) {
    throw new ServiceError('validation', 'content_base64: must be base64', 'content_base64')
  }
  return Buffer.from(contentBase64, 'base64')
}
