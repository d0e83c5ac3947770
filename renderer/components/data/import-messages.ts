/**
 * The supplier import's messages in the UI language. The backend words them in English only
 * (main/services/supplier-import.ts); each known wording is matched here and re-told from the
 * translation table with the same facts (line, byte, cells). An unknown wording is shown as is.
 */
import type { Messages } from '../../i18n/da'
import { fill } from '../../i18n/translate'
import type { ApiCallError } from '../../lib/api'
import { errorText } from '../../lib/field-error'

type Texts = Messages['data']['import']
type Rule = [RegExp, (m: Texts['messages'], found: string[]) => string]

const at = (found: string[], index: number): string => found[index] ?? ''

const FILE_RULES: Rule[] = [
  [
    /^The file is ([\d.]+) MB; imports take at most 50 MB/,
    (m, f) => fill(m.tooBig, { size: at(f, 1) }),
  ],
  [/^the file is larger than 50 MB/, (m) => fill(m.tooBig, { size: '> 50' })],
  [/^The file is empty/, (m) => m.empty],
  [/^The file has a header row \(row (\d+)\)/, (m, f) => fill(m.noRows, { row: at(f, 1) })],
  [/^This is an old Excel 97/, (m) => m.xls],
  [/^([\s\S]+) is named \.xlsx but is not/, (m, f) => fill(m.fakeXlsx, { file: at(f, 1) })],
  [
    /^The file is not a readable Excel workbook \(\.xlsx\): ([\s\S]*)\. Open it in Excel/,
    (m, f) => fill(m.xlsxUnreadable, { detail: at(f, 1) }),
  ],
  [/^The file is UTF-16 text/, (m) => `${m.utf16} ${m.saveAs}`],
  [/^The file contains NUL bytes/, (m) => `${m.nul} ${m.saveAs}`],
  [
    /^The file is not UTF-8: line (\d+) has the byte 0x([0-9A-F]+),.*?(?:where that byte is "(.)")?\. In Excel/s,
    (m, f) =>
      [
        fill(m.notUtf8, { line: at(f, 1), byte: at(f, 2) }),
        f[3] ? fill(m.latin1, { char: f[3] }) : '',
        m.saveAs,
      ]
        .filter(Boolean)
        .join(' '),
  ],
  [
    /^Broken quoting: the quoted cell that starts on line (\d+)/,
    (m, f) => `${fill(m.quoteNotClosed, { line: at(f, 1) })} ${m.quoteFix}`,
  ],
  [
    /^Broken quoting on line (\d+): text follows/,
    (m, f) => `${fill(m.quoteAfter, { line: at(f, 1) })} ${m.quoteFix}`,
  ],
  [
    /^Broken quoting on line (\d+): a quote appears inside/,
    (m, f) => `${fill(m.quoteInside, { line: at(f, 1) })} ${m.quoteFix}`,
  ],
  [
    /^The CSV file cannot be read \(line (\d+)\): ([\s\S]*)$/,
    (m, f) => fill(m.csvUnreadable, { line: at(f, 1), detail: at(f, 2) }),
  ],
  [/^The workbook has no sheet named "(.*)"/, (m, f) => fill(m.noSheet, { sheet: at(f, 1) })],
  [/^The workbook has no visible sheet/, (m) => m.noVisibleSheet],
  [
    /^(\d+) cell\(s\) hold a formula without a saved result \((.*?)\)\. DPA Desk/,
    (m, f) => fill(m.formulas, { count: at(f, 1), cells: at(f, 2) }),
  ],
  [
    /^No column holds the supplier's name[\s\S]*The file's columns: (.*)\.$/,
    (m, f) => fill(m.noName, { columns: at(f, 1) }),
  ],
  [/^The register or the file has changed since the preview/, (m) => m.changed],
  [
    /^(\d+) row\(s\) of the file have errors; nothing was imported/,
    (m, f) => fill(m.rowErrors, { count: at(f, 1) }),
  ],
]

const NOTICE_RULES: Rule[] = [
  [/^(\d+) cell\(s\) hold formulas;/, (m, f) => fill(m.formulaResults, { count: at(f, 1) })],
  [
    /^Not imported \(no field chosen\): (.*)\.$/,
    (m, f) => fill(m.notMapped, { columns: at(f, 1) }),
  ],
]

function apply(rules: Rule[], m: Texts['messages'], message: string): string | null {
  for (const [pattern, render] of rules) {
    const found = pattern.exec(message)
    if (found) return render(m, [...found])
  }
  return null
}

/** Why a whole file was refused (or a commit failed), in the UI language. */
export function importErrorText(t: Messages, error: ApiCallError): string {
  const message = error.message.replace(/^(file|mapping|content_base64): /, '')
  return apply(FILE_RULES, t.data.import.messages, message) ?? errorText(t, error)
}

export function noticeText(t: Messages, notice: string): string {
  return apply(NOTICE_RULES, t.data.import.messages, notice) ?? notice
}

const options = (labels: Record<string, string>) => Object.values(labels).join(', ')

/** Why one value of a row cannot be imported, in the UI language. */
export function reasonText(t: Messages, reason: string): string {
  const r = t.data.import.reasons
  const quoted = (kind: string) => new RegExp(`^"([\\s\\S]*)" is not a ${kind}[;,]`)
  const rules: [RegExp, (found: string[]) => string][] = [
    [/^is required/, () => r.nameRequired],
    [/^(is not a country|must be a two-letter country code)/, () => r.country],
    [quoted('kind'), (f) => fill(r.kind, { value: at(f, 1), options: options(t.enums.kinds) })],
    [quoted('role'), (f) => fill(r.role, { value: at(f, 1), options: options(t.enums.roles) })],
    [
      quoted('status'),
      (f) => fill(r.status, { value: at(f, 1), options: options(t.enums.counterpartyStatuses) }),
    ],
    [/^(is not an e-mail address|must be an e-mail address)/, () => r.email],
    [/^(is longer than \d+ characters|too big: expected string)/i, () => r.tooLong],
    [/^the cell shows (.*)$/, (f) => fill(r.cell, { value: at(f, 1) })],
  ]
  for (const [pattern, render] of rules) {
    const found = pattern.exec(reason)
    if (found) return render([...found])
  }
  return reason
}

/** A field of the import ('country', or 'row' for the whole row) as the UI names it. */
export function fieldText(t: Messages, field: string): string {
  const fields: Record<string, string> = t.data.import.fields
  return fields[field] ?? (field === 'row' ? t.data.import.wholeRow : field)
}
