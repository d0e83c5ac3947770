import ExcelJS from 'exceljs'
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ServiceError } from '../../main/services/errors'
import { createDemoRegister } from '../../main/services/demo'
import { createRecord } from '../../main/services/records'
import { loadRegister } from '../../main/services/register-io'
import { neutraliseCell } from '../../main/services/spreadsheet-cells'
import { commitImport, previewImport, type ImportSource } from '../../main/services/supplier-import'
import { dispatch } from '../../main/transport/dispatch'
import { MAX_IMPORT_BYTES, type ImportPreview } from '../../preload/contract'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

const file = (file_name: string, content: string | Uint8Array): ImportSource => ({
  file_name,
  bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
})
const csv = (lines: string[]) => file('suppliers.csv', lines.join('\r\n') + '\r\n')
const preview = (source: ImportSource) => previewImport(reg.ctx, source)
const commit = (source: ImportSource, preview_hash: string | null = null) =>
  commitImport(reg.ctx, { ...source, preview_hash })

/** Everything that says whether anything was written: records and change log. */
function footprint() {
  const count = (table: string) =>
    reg.db.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  return {
    counterparties: count('counterparty'),
    contacts: count('contact'),
    log: count('change_log'),
  }
}

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ServiceError) return error
    throw error
  }
  throw new Error('expected the import to be refused')
}

/** Preview and commit both refuse the file with `message`, and nothing is written. */
async function expectRefused(source: ImportSource, message: RegExp): Promise<void> {
  const before = footprint()
  expect((await refusal(preview(source))).message).toMatch(message)
  expect((await refusal(commit(source))).message).toMatch(message)
  expect(footprint()).toEqual(before)
}

async function xlsx(
  rows: ExcelJS.CellValue[][],
  sheetName = 'Leverandører',
  extraSheets: string[] = [],
): Promise<ImportSource> {
  const book = new ExcelJS.Workbook()
  for (const name of extraSheets) book.addWorksheet(name).addRow(['Noget andet'])
  const sheet = book.addWorksheet(sheetName)
  for (const row of rows) sheet.addRow(row)
  return file('suppliers.xlsx', Buffer.from(await book.xlsx.writeBuffer()))
}

const DANISH = [
  'Navn;CVR-nr.;Land;Hjemmeside;Type;Rolle;Status;Ansvarlig;Bemærkninger;Kontaktperson;E-mail',
  'Nordlys Hosting ApS;DK 11 22 33 44;Danmark;https://nordlys.example;Leverandør, Databehandler;Databehandler;Aktiv;IT-drift;Hosting af website;Søren Ærø;soren@nordlys.example',
  '"Fjord; Data A/S";55667788;DE;;leverandør;underdatabehandler;prospect;;;;',
  'Cloudy Inc.;;United States;;Supplier/Processor;Processor;Active;IT;"Note with ""quotes""\nand a line break";;',
]

describe('supplier import: preview', () => {
  it('recognises Danish column headers and the ; separator, and previews every row', async () => {
    const result = await preview(csv(DANISH))
    expect(result.format).toBe('csv')
    expect(result.separator).toBe(';')
    expect(result.header_row).toBe(1)
    expect(result.columns.map((c) => [c.key, c.field])).toEqual([
      ['A', 'name'],
      ['B', 'registration_no'],
      ['C', 'country'],
      ['D', 'website'],
      ['E', 'kinds'],
      ['F', 'role'],
      ['G', 'status'],
      ['H', 'owner'],
      ['I', 'notes'],
      ['J', 'contact_name'],
      ['K', 'contact_email'],
    ])
    expect(result.errors).toEqual([])
    expect(result.duplicates).toEqual([])
    expect(result.summary).toEqual({ rows: 3, create: 3, duplicates: 0, errors: 0 })
    expect(result.rows.map((r) => [r.row, r.status, r.name])).toEqual([
      [2, 'create', 'Nordlys Hosting ApS'],
      [3, 'create', 'Fjord; Data A/S'],
      [4, 'create', 'Cloudy Inc.'],
    ])
    expect(result.rows[0]?.values).toMatchObject({
      registration_no: 'DK 11 22 33 44',
      country: 'DK',
      website: 'https://nordlys.example',
      kinds: ['supplier', 'processor'],
      role: 'processor',
      status: 'active',
      owner: 'IT-drift',
      notes: 'Hosting af website',
    })
    expect(result.rows[0]?.contact).toEqual({ name: 'Søren Ærø', email: 'soren@nordlys.example' })
    expect(result.rows[1]?.values).toMatchObject({
      country: 'DE',
      role: 'sub_processor',
      status: 'prospect',
    })
    expect(result.rows[1]?.contact).toBeNull()
    expect(result.rows[2]?.values).toMatchObject({
      country: 'US',
      kinds: ['supplier', 'processor'],
      notes: 'Note with "quotes"\nand a line break',
    })
  })

  it('reports each bad cell with the row number a spreadsheet shows, its column, the field and the reason', async () => {
    const result = await preview(
      csv([
        'Name,Country,Kinds,Role,Status,Contact e-mail',
        'Good ApS,DK,supplier,processor,active,',
        '',
        'Narnia Ltd,Narnia,supplier,,,',
        '"Multi\nline ApS",DK,friend,boss,,',
        ',DK,,,,',
        'Mailer ApS,SE,,,,not-an-address',
      ]),
    )
    // The blank line is row 3, and the quoted line break keeps "Multi line ApS" on one row (5).
    expect(result.errors).toEqual([
      {
        row: 4,
        column: 'B',
        field: 'country',
        value: 'Narnia',
        reason: expect.stringMatching(/is not a country/),
      },
      {
        row: 5,
        column: 'C',
        field: 'kinds',
        value: 'friend',
        reason: expect.stringMatching(/"friend" is not a kind/),
      },
      {
        row: 5,
        column: 'D',
        field: 'role',
        value: 'boss',
        reason: expect.stringMatching(/"boss" is not a role/),
      },
      {
        row: 6,
        column: 'A',
        field: 'name',
        value: '',
        reason: expect.stringMatching(/is required/),
      },
      {
        row: 7,
        column: 'F',
        field: 'contact_email',
        value: 'not-an-address',
        reason: 'is not an e-mail address',
      },
    ])
    expect(result.summary).toEqual({ rows: 5, create: 1, duplicates: 0, errors: 4 })
    expect(result.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'create'],
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
      [7, 'error'],
    ])
    expect(result.rows[1]?.values).toBeNull()
  })

  it('finds duplicates by registration number or by name, against the register and within the file', async () => {
    const hostly = await createRecord(reg.ctx, 'counterparty', {
      name: 'Hostly ApS',
      registration_no: '12345678',
    })
    const result = await preview(
      csv([
        'Name,Registration no.',
        'HOSTLY  APS,',
        'Other Name A/S,DK12 34 56 78',
        'New One ApS,',
        'new one aps,',
        'Second ApS,99887766',
        'Third ApS,99 88 77 66',
        'Fresh ApS,11112222',
      ]),
    )
    expect(result.duplicates).toEqual([
      {
        row: 2,
        by: 'name',
        value: 'HOSTLY  APS',
        existing_id: hostly.id,
        existing_name: 'Hostly ApS',
        first_row: null,
      },
      {
        row: 3,
        by: 'registration_no',
        value: 'DK12 34 56 78',
        existing_id: hostly.id,
        existing_name: 'Hostly ApS',
        first_row: null,
      },
      {
        row: 5,
        by: 'name',
        value: 'new one aps',
        existing_id: null,
        existing_name: null,
        first_row: 4,
      },
      {
        row: 7,
        by: 'registration_no',
        value: '99 88 77 66',
        existing_id: null,
        existing_name: null,
        first_row: 6,
      },
    ])
    expect(result.rows.filter((r) => r.status === 'create').map((r) => r.name)).toEqual([
      'New One ApS',
      'Second ApS',
      'Fresh ApS',
    ])
    expect(result.summary).toEqual({ rows: 7, create: 3, duplicates: 4, errors: 0 })
  })

  it('accepts ISO codes (EL for Greece, UK for Britain) and country names in Danish or English', async () => {
    const result = await preview(
      csv([
        'Name;Country',
        'A;dk',
        'B;EL',
        'C;UK',
        'D;Tyskland',
        'E;Germany',
        'F;Grækenland',
        'G;USA',
        'H;SWE',
        'I;Storbritannien',
        'J;ZZ',
      ]),
    )
    expect(result.rows.map((r) => r.values?.country ?? null)).toEqual([
      'DK',
      'GR',
      'GB',
      'DE',
      'DE',
      'GR',
      'US',
      'SE',
      'GB',
      null,
    ])
    expect(result.errors.map((e) => [e.row, e.field, e.value])).toEqual([[11, 'country', 'ZZ']])
  })

  it('uses a column mapping when the headers say nothing, and refuses a mapping that names a field twice', async () => {
    const lines = ['Selskab;Org;Hvor;Hvem', 'Alfa ApS;111;NO;Anne', 'Beta ApS;222;FI;Bo']
    const detected = await refusal(preview(csv(lines)))
    expect(detected.message).toMatch(/No column holds the supplier's name/)
    expect(detected.message).toContain('A "Selskab", B "Org", C "Hvor", D "Hvem"')
    const mapped = await preview({
      ...csv(lines),
      mapping: { A: 'name', B: 'registration_no', C: 'country', D: null },
    })
    expect(mapped.rows.map((r) => [r.name, r.values?.registration_no, r.values?.country])).toEqual([
      ['Alfa ApS', '111', 'NO'],
      ['Beta ApS', '222', 'FI'],
    ])
    expect(mapped.notices).toEqual(['Not imported (no field chosen): D "Hvem".'])
    expect(
      (await refusal(preview({ ...csv(lines), mapping: { A: 'name', B: 'name' } }))).message,
    ).toMatch(/gives the field name to two columns \(A and B\)/)
    expect(
      (await refusal(preview({ ...csv(lines), mapping: { A: 'name', F: 'country' } }))).message,
    ).toMatch(/names column F, but the file's columns end at D/)
  })

  it("honours Excel's sep= line and reads tab-separated text, counting rows as the file shows them", async () => {
    const hinted = await preview(
      file('hint.csv', 'sep=,\r\nNavn,Land\r\nAlfa; Beta ApS,DK\r\nGamma,XX\r\n'),
    )
    expect(hinted.separator).toBe(',')
    expect(hinted.header_row).toBe(2)
    expect(hinted.rows.map((r) => [r.row, r.name])).toEqual([
      [3, 'Alfa; Beta ApS'],
      [4, 'Gamma'],
    ])
    expect(hinted.errors.map((e) => e.row)).toEqual([4])
    const tabbed = await preview(file('tabs.txt', 'Name\tCountry\nAlfa, Beta ApS\tSE\n'))
    expect(tabbed.separator).toBe('\t')
    expect(tabbed.rows[0]?.values).toMatchObject({ name: 'Alfa, Beta ApS', country: 'SE' })
  })

  it('reads the sheet asked for, else the first with rows, and names the sheets when one is missing', async () => {
    const source = await xlsx([['Name'], ['Sheet Two ApS']], 'Ark2', ['Ark1'])
    expect((await preview({ ...source, sheet: 'Ark2' })).rows.map((r) => r.name)).toEqual([
      'Sheet Two ApS',
    ])
    // Without a choice, the first sheet with rows below its header.
    expect((await preview(source)).sheet).toBe('Ark2')
    await expectRefused(
      { ...source, sheet: 'Ark9' },
      /no sheet named "Ark9"; it has "Ark1", "Ark2"/,
    )
  })

  it('reads XLSX: the supplier sheet, rich text, links, numbers, and the saved result of a formula', async () => {
    const source = await xlsx(
      [
        ['Leverandør', 'CVR', 'Land', 'Hjemmeside'],
        [
          { richText: [{ text: 'Rich ' }, { text: 'Text ApS', font: { bold: true } }] },
          12345678,
          'DK',
          { text: 'rich.example', hyperlink: 'https://rich.example' },
        ],
        [
          { formula: 'CONCATENATE("Calc"," ApS")', result: 'Calc ApS' },
          null,
          { formula: 'LEFT("DKK",2)', result: 'DK' },
          null,
        ],
      ],
      'Leverandører',
      ['Forside'],
    )
    const result = await preview(source)
    expect(result.format).toBe('xlsx')
    expect(result.sheet).toBe('Leverandører')
    expect(result.sheets).toEqual(['Forside', 'Leverandører'])
    expect(
      result.rows.map((r) => [
        r.row,
        r.name,
        r.values?.registration_no,
        r.values?.country,
        r.values?.website,
      ]),
    ).toEqual([
      [2, 'Rich Text ApS', '12345678', 'DK', 'rich.example'],
      [3, 'Calc ApS', null, 'DK', null],
    ])
    expect(result.notices).toContain(
      '2 cell(s) hold formulas; the results Excel saved with them were imported, not the formulas.',
    )
  })
})

describe('supplier import: commit', () => {
  it('creates exactly the rows the preview marked "create", with their contacts, and skips duplicates', async () => {
    await createRecord(reg.ctx, 'counterparty', { name: 'Cloudy Inc.' })
    const source = csv(DANISH)
    const shown = await preview(source)
    expect(shown.summary).toEqual({ rows: 3, create: 2, duplicates: 1, errors: 0 })
    const before = footprint()
    const result = await commit(source, shown.preview_hash)
    expect(result.preview_hash).toBe(shown.preview_hash)
    expect(result.skipped_duplicates).toBe(1)
    expect(result.contacts_created).toBe(1)
    const planned = shown.rows.filter((r) => r.status === 'create')
    expect(result.created.map((c) => [c.row, c.name])).toEqual(planned.map((r) => [r.row, r.name]))
    // The stored records are the preview's values, field for field.
    const register = await loadRegister(reg.ctx)
    for (const [index, created] of result.created.entries()) {
      const stored = register.counterparties.find((c) => c.id === created.id)
      expect(stored).toMatchObject(planned[index]?.values ?? {})
    }
    const contact = register.contacts.find((c) => c.counterparty_id === result.created[0]?.id)
    expect(contact).toMatchObject({ name: 'Søren Ærø', email: 'soren@nordlys.example' })
    // Every record written is in the change log.
    expect(footprint()).toEqual({
      counterparties: before.counterparties + 2,
      contacts: before.contacts + 1,
      log: before.log + 3,
    })
    // Importing the same file again finds only duplicates.
    const again = await preview(source)
    expect(again.summary).toEqual({ rows: 3, create: 0, duplicates: 3, errors: 0 })
  })

  it('writes nothing when any row has an error, and lists the rows to fix', async () => {
    await createRecord(reg.ctx, 'counterparty', { name: 'Existing ApS' })
    const before = footprint()
    const error = await refusal(
      commit(csv(['Name,Country', 'Fine ApS,DK', 'Also Fine ApS,SE', 'Broken ApS,Atlantis'])),
    )
    expect(error.code).toBe('validation')
    expect(error.message).toContain('1 row(s) of the file have errors; nothing was imported')
    expect(error.message).toContain('row 4, column B, country: is not a country')
    expect(footprint()).toEqual(before)
  })

  it('writes nothing when the register changed since the preview', async () => {
    const source = csv(['Name', 'Alfa ApS', 'Beta ApS'])
    const shown = await preview(source)
    await createRecord(reg.ctx, 'counterparty', { name: 'Beta ApS' })
    const before = footprint()
    const error = await refusal(commit(source, shown.preview_hash))
    expect(error.code).toBe('conflict')
    expect(error.message).toMatch(/changed since the preview; nothing was imported/)
    expect(footprint()).toEqual(before)
  })

  it('goes through the contract: base64 in, the preview and the result out', async () => {
    const content_base64 = Buffer.from(DANISH.join('\n'), 'utf8').toString('base64')
    const shown = await reg.handlers['imports:preview']({
      file_name: 'x.csv',
      content_base64,
      sheet: null,
      mapping: null,
    })
    const result = await reg.handlers['imports:commit']({
      file_name: 'x.csv',
      content_base64,
      sheet: null,
      mapping: null,
      preview_hash: shown.preview_hash,
    })
    expect(result.created).toHaveLength(3)
  })

  it('imports an exported counterparty sheet back unchanged, from CSV and from XLSX', async () => {
    await createDemoRegister(reg.ctx)
    const exported = (await loadRegister(reg.ctx)).counterparties
    const { text } = await reg.handlers['exports:csv']({
      entity: 'counterparties',
      separator: ';',
      language: 'da',
    })
    const { base64 } = await reg.handlers['exports:xlsx']({ language: 'en' })
    const fields = [
      'name',
      'legal_name',
      'registration_no',
      'country',
      'website',
      'kinds',
      'role',
      'status',
      'owner',
      'notes',
    ] as const
    const pick = (c: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, c[f]]))
    for (const source of [
      file('export.csv', text),
      file('export.xlsx', Buffer.from(base64, 'base64')),
    ]) {
      const fresh = await openTempRegister()
      try {
        const result = await commitImport(fresh.ctx, { ...source, preview_hash: null })
        expect(result.created).toHaveLength(exported.length)
        const imported = (await loadRegister(fresh.ctx)).counterparties
        expect(imported.map(pick)).toEqual(exported.map(pick))
      } finally {
        await fresh.close()
      }
    }
  })

  it('reads back any supplier names written by a spreadsheet, whatever quotes, separators or formula signs they hold', async () => {
    const name = fc
      .string({
        unit: fc.constantFrom('a', 'Æ', 'ø', ' ', ';', ',', '"', '\n', '=', '+', '-', '@', '1'),
        minLength: 1,
        maxLength: 30,
      })
      .map((s) => s.trim().replace(/\s+/g, ' '))
      .filter((s) => s !== '' && !s.startsWith("'"))
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(name, { minLength: 1, maxLength: 8, selector: (s) => s.toLowerCase() }),
        fc.constantFrom(',', ';'),
        async (names, separator) => {
          const text = stringify([['Navn'], ...names.map((n) => [neutraliseCell(n)])], {
            delimiter: separator,
          })
          const result: ImportPreview = await preview(file('names.csv', `\uFEFF${text}`))
          expect(result.errors).toEqual([])
          expect(result.rows.map((r) => r.name)).toEqual(names)
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('supplier import: files it refuses whole', () => {
  it('refuses a file that is not UTF-8 (Latin-1 from older Excel) and says which line and byte', async () => {
    await expectRefused(
      file('latin1.csv', Buffer.from('Navn;Land\r\nSøren ApS;DK\r\n', 'latin1')),
      /not UTF-8: line 2 has the byte 0xF8.*Windows-1252\/Latin-1, where that byte is "ø".*CSV UTF-8/,
    )
  })

  it('refuses UTF-16 text, with or without a byte-order mark', async () => {
    const utf16 = Buffer.from('\uFEFFNavn;Land\r\nSøren ApS;DK\r\n', 'utf16le')
    await expectRefused(
      file('unicode.txt', utf16),
      /UTF-16 text \("Unicode text" in Excel\), not UTF-8/,
    )
    await expectRefused(file('unicode.csv', utf16.subarray(2)), /NUL bytes: it is UTF-16 text/)
  })

  it('refuses an empty file, a blank one, and one with a header but no rows', async () => {
    await expectRefused(file('empty.csv', ''), /The file is empty/)
    await expectRefused(file('blank.csv', '\uFEFF \r\n\r\n'), /The file is empty/)
    await expectRefused(csv(['Navn;Land']), /has a header row \(row 1\) but no rows of suppliers/)
    await expectRefused(await xlsx([]), /The file is empty/)
  })

  it('refuses a file over 50 MB before reading it', async () => {
    const big = Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41)
    await expectRefused(file('big.csv', big), /The file is 50\.0 MB; imports take at most 50 MB/)
    // Through the contract, the upload is refused by its size alone.
    const result = await dispatch(reg.handlers, 'imports:preview', {
      file_name: 'big.csv',
      content_base64: big.toString('base64'),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } })
    expect(result.ok ? '' : result.error.message).toMatch(/larger than 50 MB|at most 50 MB/)
  })

  it('refuses an XLSX whose formulas have no saved result, naming the cells', async () => {
    const source = await xlsx([
      ['Name', 'Country'],
      [{ formula: 'CONCATENATE("A"," ApS")' } as ExcelJS.CellFormulaValue, 'DK'],
      ['B ApS', { formula: 'LEFT("DKK",2)' } as ExcelJS.CellFormulaValue],
    ])
    await expectRefused(source, /2 cell\(s\) hold a formula without a saved result \(A2, B3\)/)
  })

  it('refuses broken CSV quoting: a quote never closed, and text after a closing quote', async () => {
    await expectRefused(
      csv(['Name,Country', 'Good ApS,DK', '"Unclosed ApS,DK', 'Next ApS,SE']),
      /Broken quoting: the quoted cell that starts on line 3 is never closed/,
    )
    await expectRefused(
      csv(['Name,Country', '"Quoted" ApS,DK']),
      /Broken quoting on line 2: text follows the closing quote/,
    )
    await expectRefused(
      csv(['Name,Country', 'Mid"dle ApS,DK']),
      /Broken quoting on line 2: a quote appears inside a cell/,
    )
  })

  it('refuses a file without a name column', async () => {
    await expectRefused(
      csv(['Country;Website', 'DK;https://x.example']),
      /No column holds the supplier's name, which every row needs/,
    )
  })

  it('refuses old .xls workbooks and files that only pretend to be .xlsx', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    await expectRefused(file('old.xls', ole), /old Excel 97–2003 workbook \(\.xls\)/)
    await expectRefused(
      file('fake.xlsx', 'Name\nA ApS\n'),
      /named \.xlsx but is not an Excel workbook/,
    )
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])
    await expectRefused(file('broken.xlsx', zip), /not a readable Excel workbook/)
  })
})
