import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { ServiceError } from '../../main/services/errors'
import { buildPreview, readTable, type ImportSource } from '../../main/services/supplier-import'
import { MAX_IMPORT_BYTES } from '../../preload/contract'
import {
  importErrorText,
  noticeText,
  reasonText,
} from '../../renderer/components/data/import-messages'
import { da } from '../../renderer/i18n/da'
import { en } from '../../renderer/i18n/en'
import { ApiCallError } from '../../renderer/lib/api'

const source = (file_name: string, bytes: Uint8Array | string): ImportSource => ({
  file_name,
  bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes,
})

/** The backend's own refusal of a file, as the renderer receives it. */
async function refusal(file: ImportSource): Promise<ApiCallError> {
  try {
    buildPreview(file, await readTable(file), [])
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error
    return new ApiCallError({ code: error.code, message: `${error.field}: ${error.message}` })
  }
  throw new Error('expected the file to be refused')
}

async function uncachedFormula(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Leverandører')
  sheet.addRow(['Navn'])
  sheet.getCell('A2').value = { formula: 'CONCAT("A";"B")' } as ExcelJS.CellFormulaValue
  return Buffer.from(await book.xlsx.writeBuffer())
}

describe('the import messages in Danish', () => {
  it.each<[string, () => Promise<ImportSource> | ImportSource, RegExp]>([
    [
      'Latin-1',
      () => source('a.csv', Buffer.from('Navn;Land\nKøbenhavn ApS;DK\n', 'latin1')),
      /^Filen er ikke UTF-8: linje 2 har byten 0xF8.*»ø«.*CSV UTF-8/,
    ],
    ['UTF-16', () => source('a.csv', Buffer.from('\uFEFFNavn\n', 'utf16le')), /UTF-16-tekst/],
    ['NUL bytes', () => source('a.csv', Buffer.from('N\0a\0v\0n\0', 'latin1')), /NUL-byte/],
    ['empty', () => source('a.csv', ''), /^Filen er tom\.$/],
    ['a header only', () => source('a.csv', 'Navn;Land\n'), /række 1\), men ingen/],
    [
      'broken quoting',
      () => source('a.csv', 'Navn;Land\n"Nordlys;DK\nFjord;SE\n'),
      /linje 2, lukkes aldrig/,
    ],
    ['an old .xls', () => source('a.xls', Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 1)), /97–2003/],
    ['a fake .xlsx', () => source('a.xlsx', 'Navn\nX\n'), /^a\.xlsx hedder \.xlsx/],
    [
      'no name column',
      () => source('a.csv', 'Firma X;Land\nNordlys;DK\n'),
      /^Ingen kolonne .* A "Firma X", B "Land"\.$/,
    ],
    [
      'formulas without a result',
      async () => source('a.xlsx', await uncachedFormula()),
      /^1 celle\(r\) .* \(A2\)\. DPA Desk beregner/,
    ],
    [
      'a file over 50 MB',
      () => source('a.csv', new Uint8Array(MAX_IMPORT_BYTES + 1)),
      /^Filen er 50\.0 MB; en import/,
    ],
  ])('translates the refusal of %s', async (_, file, expected) => {
    const error = await refusal(await file())
    expect(importErrorText(da, error)).toMatch(expected)
    expect(importErrorText(en, error)).not.toMatch(/^(file|mapping): /)
  })

  it('translates every reason a row can be refused for, and the notices', async () => {
    const file = source(
      'a.csv',
      [
        'Navn;Land;Type;Rolle;Status;E-mail;Ekstra',
        ';DK;;;;;x',
        'A;Atlantis;Grossist;Chef;Levende;ikke-en-mail;x',
      ].join('\n'),
    )
    const preview = buildPreview(file, await readTable(file), [])
    expect(preview.errors.map((e) => e.field).sort()).toEqual(
      ['contact_email', 'country', 'kinds', 'name', 'role', 'status'].sort(),
    )
    for (const error of preview.errors) {
      const danish = reasonText(da, error.reason)
      expect(danish, error.reason).not.toBe(error.reason)
    }
    expect(reasonText(da, preview.errors.find((e) => e.field === 'kinds')?.reason ?? '')).toMatch(
      /^»Grossist« er ikke en type; brug Leverandør, Databehandler/,
    )
    expect(preview.notices.map((notice) => noticeText(da, notice))).toEqual([
      'Importeres ikke (intet felt valgt): G "Ekstra".',
    ])
  })
})
