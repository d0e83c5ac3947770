/**
 * Data in and out (issue 5) and the register's change log (issue 6 item 5): exports, the supplier
 * import with its preview and column mapping, a refused file, the calendar file.
 */
import fs from 'node:fs'
import { inflateRawSync } from 'node:zlib'
import type { Download, Page } from '@playwright/test'
import { callApi, expect, openApp, screenshot, test, type BrowserModeServer } from './fixtures'
import { choose } from './helpers'

const TODAY = /\d{4}-\d{2}-\d{2}/.source

async function downloaded(
  page: Page,
  button: string,
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  return { download, bytes: fs.readFileSync(await download.path()) }
}

/** One file of a ZIP archive (an XLSX is one), found through the central directory. */
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  let at = zip.readUInt32LE(end + 16)
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(at + 28)
    const entry = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    if (entry === name) {
      const local = zip.readUInt32LE(at + 42)
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
      const data = zip.subarray(start, start + zip.readUInt32LE(at + 20))
      return (zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString('utf8')
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  throw new Error(`${name} is not in the archive`)
}

async function openDataPage(page: Page, server: BrowserModeServer): Promise<void> {
  await openApp(page, server)
  await page.getByRole('link', { name: 'Data ind og ud' }).click()
  await expect(page.getByRole('heading', { name: 'Data ind og ud', level: 2 })).toBeVisible()
}

/** What shows whether anything was written: counterparties and change-log entries. */
async function footprint(server: BrowserModeServer) {
  const counterparties = await callApi<{ total: number }>(server, 'counterparties:list', {})
  const log = await callApi<{ total: number }>(server, 'changelog:list', { limit: 1 })
  return { counterparties: counterparties.total, log: log.total }
}

test('the register leaves as XLSX, CSV and a calendar file', async ({ page, server }) => {
  await callApi(server, 'demo:create', {})
  await openDataPage(page, server)
  await screenshot(page, 'data-page')

  const xlsx = await downloaded(page, 'Hent Excel-projektmappe (.xlsx)')
  expect(xlsx.download.suggestedFilename()).toMatch(
    new RegExp(`^dpa-desk-register-${TODAY}\\.xlsx$`),
  )
  expect([...xlsx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
  const workbook = zipEntry(xlsx.bytes, 'xl/workbook.xml')
  expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
    'Modparter',
    'Aftaler',
    'Kontaktpersoner',
    'Datalokationer',
    'Underdatabehandlere',
    'Tilsyn',
    'Advarsler',
  ])

  // CSV for Danish Excel by default: UTF-8 with a byte-order mark, `;` between cells.
  const csv = await downloaded(page, 'Hent CSV')
  expect(csv.download.suggestedFilename()).toMatch(
    new RegExp(`^dpa-desk-modparter-${TODAY}\\.csv$`),
  )
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const header = csv.bytes.subarray(3).toString('utf8').split('\r\n')[0] ?? ''
  expect(header).toMatch(/^ID;Navn;Juridisk navn;/)
  expect(csv.bytes.toString('utf8')).toContain('Nordhost A/S')

  await choose(page, 'Posttype til CSV', 'Advarsler')
  await page.getByRole('radiogroup', { name: 'Skilletegn' }).getByText('Komma ,').click()
  const warnings = await downloaded(page, 'Hent CSV')
  expect(warnings.download.suggestedFilename()).toMatch(/^dpa-desk-advarsler-/)
  const warningHeader = warnings.bytes.toString('utf8').split('\r\n')[0] ?? ''
  expect(warningHeader).not.toContain(';')
  expect(warningHeader.split(',').length).toBeGreaterThan(3)

  // The calendar parses back: one VCALENDAR, all-day VEVENTs with a UID and a summary each.
  const ics = await downloaded(page, 'Hent kalenderfil (.ics)')
  expect(ics.download.suggestedFilename()).toBe('dpa-desk-frister.ics')
  const text = ics.bytes.toString('utf8')
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
  const events = text
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT')
    .slice(1)
  expect(events.length).toBeGreaterThan(0)
  for (const event of events) {
    expect(event).toMatch(/^UID:/m)
    expect(event).toMatch(/^DTSTART;VALUE=DATE:\d{8}$/m)
    expect(event).toMatch(/^SUMMARY:.+$/m)
    expect(event).toContain('END:VEVENT')
  }
  await expect(page.getByText(/Outlook: Filer › Åbn og eksportér/)).toBeVisible()

  // The status report is the list's dialog, opened from here.
  await page.getByRole('button', { name: 'Åbn statusrapporten' }).click()
  const report = page.frameLocator('[data-testid="status-report"]')
  await expect(report.locator('body')).toContainText('Nordhost')
})

const SUPPLIERS = [
  'Navn;CVR-nr.;Land;Kontaktperson;E-mail',
  'Fjordlys Hosting ApS;DK 12 34 56 78;Danmark;Søren Ærø;soren@fjordlys.example',
  // Nordhost is in the demo register under the same CVR number, written without spaces.
  'Nordhost;DK39990112;DK;;',
  'Kattegat Cloud ApS;87654321;Atlantis;;',
].join('\r\n')

test('procurement imports suppliers after fixing the preview', async ({ page, server }) => {
  await callApi(server, 'demo:create', {})
  const before = await footprint(server)
  await openDataPage(page, server)
  await page.locator('input[type=file]').setInputFiles({
    name: 'leverandører.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(SUPPLIERS, 'utf8'),
  })
  const summary = page.getByTestId('import-summary')
  await expect(summary).toHaveText(
    'Rækker: 3 · oprettes: 1 · dubletter, springes over: 1 · med fejl: 1',
  )
  await expect(page.getByRole('combobox', { name: 'Felt for kolonne C' })).toHaveValue('Land')
  const preview = page.getByTestId('import-preview')
  await page.getByText('Alle (3)').click()
  await expect(preview.getByRole('row').filter({ hasText: 'Kattegat Cloud ApS' })).toContainText(
    'Land, kolonne C: er ikke et land',
  )
  await expect(preview.getByRole('row').filter({ hasText: 'Nordhost' })).toContainText(
    'Samme CVR-/momsnummer (DK39990112) som Nordhost A/S i registret',
  )
  await expect(page.getByRole('button', { name: 'Importér 1 leverandør' })).toBeDisabled()
  await expect(page.getByTestId('import-hint')).toContainText('Ret først rækkerne med fejl (1)')
  // Mapping, preview and the import button in one view, below the fixed header.
  await page
    .getByRole('heading', { name: 'Kolonner' })
    .evaluate((heading) => window.scrollBy(0, heading.getBoundingClientRect().top - 70))
  await screenshot(page, 'data-import-preview')

  // The country column is not needed now: leaving it out clears the row's error.
  await choose(page, 'Felt for kolonne C', 'Importeres ikke')
  await expect(summary).toHaveText(
    'Rækker: 3 · oprettes: 2 · dubletter, springes over: 1 · med fejl: 0',
  )
  expect(await footprint(server)).toEqual(before)
  await page.getByRole('button', { name: 'Importér 2 leverandører' }).click()
  await expect(page.getByTestId('import-result')).toHaveText(
    /^Importen er gemt\. Nye leverandører: 2 · nye kontaktpersoner: 1 · dubletter sprunget over: 1\./,
  )
  const after = await footprint(server)
  expect(after.counterparties).toBe(before.counterparties + 2)

  await page.getByRole('link', { name: 'Vis modparterne' }).click()
  await page.getByLabel('Søg').fill('ApS')
  const list = page.getByRole('row')
  await expect(list.filter({ hasText: 'Fjordlys Hosting ApS' })).toBeVisible()
  await expect(list.filter({ hasText: 'Kattegat Cloud ApS' })).toBeVisible()

  // The register's change log shows the import's creates, newest first.
  await page.getByRole('link', { name: 'Ændringslog' }).click()
  const log = page.getByTestId('change-log')
  const first = log.getByRole('row').nth(1)
  await expect(first).toContainText('Oprettet')
  await expect(log).toContainText('Modpart · Kattegat Cloud ApS')
  await expect(log).toContainText('Modpart · Fjordlys Hosting ApS')
  await expect(log).toContainText('CVR-/momsnummer: DK 12 34 56 78')
  await expect(log).toContainText('Kontaktperson · Søren Ærø')
  await expect(log.getByRole('link', { name: 'Modpart: Fjordlys Hosting ApS' })).toBeVisible()
  await screenshot(page, 'change-log')

  await choose(page, 'Posttype', 'Kontaktperson')
  await expect(log.getByRole('row').nth(1)).toContainText('Kontaktperson · Søren Ærø')
  await expect(log).not.toContainText('Modpart · Kattegat Cloud ApS')
  await log.getByRole('link', { name: 'Modpart: Fjordlys Hosting ApS' }).click()
  await expect(page.getByRole('heading', { name: 'Fjordlys Hosting ApS', level: 2 })).toBeVisible()
})

test('a file that is not UTF-8 is refused with a clear message and writes nothing', async ({
  page,
  server,
}) => {
  await callApi(server, 'demo:create', {})
  const before = await footprint(server)
  await openDataPage(page, server)
  await page.locator('input[type=file]').setInputFiles({
    name: 'leverandører.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Navn;Land\r\nKøbenhavns Hosting ApS;DK\r\n', 'latin1'),
  })
  const error = page.getByTestId('import-error')
  await expect(error).toContainText('Filen kan ikke importeres')
  await expect(error).toContainText('Filen er ikke UTF-8: linje 2 har byten 0xF8')
  await expect(error).toContainText('»ø«')
  await expect(error).toContainText('CSV UTF-8')
  await expect(error).toContainText('Intet er gemt i registret.')
  await expect(page.getByTestId('import-preview')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Importér \d/ })).toHaveCount(0)
  expect(await footprint(server)).toEqual(before)

  // A file without a name column can still be imported: the user points at the column.
  await page.locator('input[type=file]').setInputFiles({
    name: 'leverandører.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Selskab;Land\r\nØresund Data ApS;SE\r\n', 'utf8'),
  })
  await expect(error).toContainText('Ingen kolonne indeholder leverandørens navn')
  await choose(page, 'Felt for kolonne A', 'Navn')
  await expect(error).toHaveCount(0)
  await expect(page.getByTestId('import-summary')).toHaveText(
    'Rækker: 1 · oprettes: 1 · dubletter, springes over: 0 · med fejl: 0',
  )
  expect(await footprint(server)).toEqual(before)
})
