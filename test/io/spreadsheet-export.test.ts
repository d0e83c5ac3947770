import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { evaluate } from '../../main/compliance'
import { createDemoRegister } from '../../main/services/demo'
import { createRecord } from '../../main/services/records'
import { loadRegister } from '../../main/services/register-io'
import { getSettings } from '../../main/services/settings'
import { neutraliseCell, restoreNeutralisedCell } from '../../main/services/spreadsheet-cells'
import { writeCsv, writeXlsx, type SheetTable } from '../../main/services/spreadsheet-export'
import type { EXPORT_SHEETS } from '../../preload/contract'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

async function workbook(language: 'da' | 'en' = 'en'): Promise<ExcelJS.Workbook> {
  const { base64, file_name } = await reg.handlers['exports:xlsx']({ language })
  expect(file_name).toBe('dpa-desk-register-2026-11-24.xlsx')
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer)
  return book
}

const csv = (entity: (typeof EXPORT_SHEETS)[number], separator: ',' | ';', language: 'da' | 'en') =>
  reg.handlers['exports:csv']({ entity, separator, language })

/** What the register can hold: its text fields are trimmed, so no stored value starts with a tab or CR. */
const FORMULAS = ['=HYPERLINK("http://evil","x")', '+45 1234', '-2+3', '@SUM(A1)']

describe('spreadsheet export', () => {
  it('writes one sheet per record type, each with a frozen header row and a filter over its columns', async () => {
    await createDemoRegister(reg.ctx)
    const book = await workbook('en')
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      'Counterparties',
      'Agreements',
      'Contacts',
      'Locations',
      'Sub-processors',
      'Supervision',
      'Warnings',
    ])
    const register = await loadRegister(reg.ctx)
    const rows = {
      Counterparties: register.counterparties.length,
      Agreements: register.agreements.length,
      Contacts: register.contacts.length,
      Locations: register.locations.length,
      'Sub-processors': register.links.length,
      Supervision: register.supervisions.length,
    }
    for (const ws of book.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 })
      // Read back, the filter is a range such as "A1:O19": every column, header to last row.
      const last = ws.getRow(1).getCell(ws.getRow(1).cellCount).address.replace(/\d+/, '')
      expect(ws.autoFilter, ws.name).toBe(`A1:${last}${Math.max(1, ws.rowCount)}`)
      expect(ws.getRow(1).font?.bold, ws.name).toBe(true)
      const expected = rows[ws.name as keyof typeof rows]
      if (expected !== undefined) expect(ws.rowCount - 1, ws.name).toBe(expected)
    }
    const da = await workbook('da')
    expect(da.worksheets.map((ws) => ws.name)).toContain('Modparter')
    expect(da.getWorksheet('Aftaler')?.getRow(1).getCell(2).value).toBe('Modpart')
  })

  it('stores dates as real dates with a date format, not as text', async () => {
    const cp = await createRecord(reg.ctx, 'counterparty', { name: 'Hostly ApS' })
    await createRecord(reg.ctx, 'agreement', {
      counterparty_id: cp.id,
      type: 'dpa',
      status: 'signed',
      signed_on: '2025-01-31',
      expires_on: '2027-12-31',
    })
    const sheet = (await workbook('en')).getWorksheet('Agreements')
    if (!sheet) throw new Error('no Agreements sheet')
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    const signed = sheet.getRow(2).getCell(headers.indexOf('Signed on') + 1)
    const expires = sheet.getRow(2).getCell(headers.indexOf('Expires on') + 1)
    expect(signed.type).toBe(ExcelJS.ValueType.Date)
    expect(signed.value).toEqual(new Date(Date.UTC(2025, 0, 31)))
    expect(expires.value).toEqual(new Date(Date.UTC(2027, 11, 31)))
    expect(signed.numFmt).toBe('yyyy-mm-dd')
    const da = (await workbook('da')).getWorksheet('Aftaler')
    expect(da?.getRow(2).getCell(headers.indexOf('Signed on') + 1).numFmt).toBe('dd-mm-yyyy')
  })

  it('neutralises cells that begin with =, +, -, @, a tab or a carriage return, in XLSX and CSV alike', async () => {
    for (const [index, text] of FORMULAS.entries()) {
      await createRecord(reg.ctx, 'counterparty', { name: `${text} ${index}`, notes: text })
    }
    await createRecord(reg.ctx, 'counterparty', { name: 'Plain ApS', notes: 'a = b, c - d' })
    const sheet = (await workbook('en')).getWorksheet('Counterparties')
    const names = sheet?.getColumn(2).values.slice(2) as string[]
    const notes = (sheet?.getColumn(15).values.slice(2) ?? []) as string[]
    const expectedNames = [...FORMULAS.map((text, index) => `'${text} ${index}`), 'Plain ApS']
    const expectedNotes = [...FORMULAS.map((text) => `'${text}`), 'a = b, c - d']
    expect(names).toEqual(expectedNames)
    expect(notes).toEqual(expectedNotes)
    for (const separator of [',', ';'] as const) {
      const { text } = await csv('counterparties', separator, 'en')
      const records = parse(text.slice(1), { delimiter: separator }) as string[][]
      expect(records.slice(1).map((r) => r[1])).toEqual(expectedNames)
      expect(records.slice(1).map((r) => r[14])).toEqual(expectedNotes)
    }
  })

  it('neutralises a leading tab or carriage return too, in both writers', async () => {
    const risky = ['\tTab', '\rCR', '=1+1', '+1', '-1', '@x', 'safe', "'quoted"]
    const sheet: SheetTable = {
      key: 'counterparties',
      name: 'Test',
      headers: ['Text'],
      types: ['text'],
      widths: [10],
      rows: risky.map((text) => [text]),
    }
    const expected = ["'\tTab", "'\rCR", "'=1+1", "'+1", "'-1", "'@x", 'safe', "'quoted"]
    const records = parse(writeCsv(sheet, ';'), { delimiter: ';', bom: true }) as string[][]
    expect(records.slice(1).map((r) => r[0])).toEqual(expected)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await writeXlsx([sheet], 'en')) as unknown as ArrayBuffer)
    // XML turns a bare CR into LF inside the workbook; the quote in front is what matters.
    expect(book.getWorksheet('Test')?.getColumn(1).values.slice(2)).toEqual(
      expected.map((text) => text.replace(/\r/g, '\n')),
    )
    // Only our own prefix is undone on the way back in.
    for (const text of risky) expect(restoreNeutralisedCell(neutraliseCell(text))).toBe(text)
  })

  it('writes CSV as UTF-8 with a byte-order mark, CRLF line ends and the separator asked for', async () => {
    await createRecord(reg.ctx, 'counterparty', {
      name: 'Ærø Fjordhost; Søndergård, Å/S',
      notes: 'Line one\nline "two"',
    })
    const da = await csv('counterparties', ';', 'da')
    expect(da.file_name).toBe('dpa-desk-modparter-2026-11-24.csv')
    expect(da.text.startsWith('\uFEFF')).toBe(true)
    expect(Buffer.from(da.text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(da.text.split('\r\n')[0]).toBe(
      '\uFEFFID;Navn;Juridisk navn;CVR-/momsnummer;Land;Hjemmeside;Typer;Rolle;Status;Samarbejde ophørt;Intern ejer;Kategorier af personoplysninger;Antal registrerede;Risikopoint;Noter',
    )
    const rows = parse(da.text, { delimiter: ';', bom: true }) as string[][]
    expect(rows[1]?.[1]).toBe('Ærø Fjordhost; Søndergård, Å/S')
    expect(rows[1]?.[14]).toBe('Line one\nline "two"')
    expect(rows[1]?.[7]).toBe('Ingen behandling for os')
    const en = await csv('counterparties', ',', 'en')
    expect((parse(en.text, { delimiter: ',', bom: true }) as string[][])[1]?.[1]).toBe(
      'Ærø Fjordhost; Søndergård, Å/S',
    )
  })

  it("exports the engine's warnings with their severity, counterparty, due date and legal reference", async () => {
    await createDemoRegister(reg.ctx)
    const register = await loadRegister(reg.ctx)
    const warnings = evaluate(register, '2026-11-24', await getSettings(reg.ctx))
    const sheet = (await workbook('en')).getWorksheet('Warnings')
    expect(sheet?.rowCount).toBe(warnings.length + 1)
    const first = warnings[0]
    if (!first || !sheet) throw new Error('the demo register has warnings')
    const row = (sheet.getRow(2).values as unknown[]).slice(1)
    expect(row[0]).toBe(first.rule)
    expect(row[1]).toBe(
      { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' }[first.severity],
    )
    expect(row).toContain(first.message.en)
    expect(row).toContain(first.legal_ref)
    const { text } = await csv('warnings', ';', 'da')
    const rows = parse(text, { delimiter: ';', bom: true }) as string[][]
    expect(rows).toHaveLength(warnings.length + 1)
    expect(rows[0]?.slice(0, 3)).toEqual(['Regel', 'Alvor', 'Modpart'])
  })

  it('exports every record type as CSV, one file each', async () => {
    await createDemoRegister(reg.ctx)
    const register = await loadRegister(reg.ctx)
    const expected = {
      counterparties: register.counterparties.length,
      agreements: register.agreements.length,
      contacts: register.contacts.length,
      locations: register.locations.length,
      sub_processors: register.links.length,
      supervision: register.supervisions.length,
    }
    for (const [entity, count] of Object.entries(expected)) {
      const { text } = await csv(entity as keyof typeof expected, ',', 'en')
      expect(parse(text, { bom: true }) as unknown[], entity).toHaveLength(count + 1)
    }
  })
})
