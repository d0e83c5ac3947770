/**
 * Procurement registers a supplier as it is bought: the counterparty, its signed data processing
 * agreement with the signed PDF attached, and a US data location on the Data Privacy Framework.
 */
import { createHash } from 'node:crypto'
import { expect, openApp, screenshot, test } from './fixtures'
import { choose, pick, typeDate } from './helpers'

const SIGNED_PDF = Buffer.from('%PDF-1.4\n% a signed data processing agreement\n%%EOF\n')

test('procurement registers a supplier with a signed DPA and a US location on DPF', async ({
  page,
  server,
}) => {
  await openApp(page, server)
  await page.getByRole('link', { name: 'Modparter' }).click()
  await page.getByRole('link', { name: 'Ny modpart' }).click()

  // The form says what is wrong while typing, next to the field.
  const name = page.getByRole('textbox', { name: 'Navn', exact: true })
  await name.fill('M')
  await name.fill('')
  await expect(page.getByText('Skal udfyldes')).toBeVisible()
  await name.fill('MailCloud Inc.')
  await expect(page.getByText('Skal udfyldes')).toBeHidden()
  await pick(page, 'Land', 'USA', 'USA (US)')
  await pick(page, 'Type', 'Leve', 'Leverandør')
  await pick(page, 'Type', 'Datab', 'Databehandler')
  await page.keyboard.press('Escape')
  await choose(page, 'Rolle over for os', 'Databehandler')
  await page.getByRole('combobox', { name: 'Intern ansvarlig' }).fill('Indkøb')
  await page.getByRole('button', { name: 'Gem', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'MailCloud Inc.', level: 2 })).toBeVisible()

  // The signed DPA, with its PDF: the hash shown is the file's.
  await page.getByRole('tab', { name: 'Aftaler' }).click()
  await page.getByRole('button', { name: 'Tilføj aftale' }).click()
  await page.getByRole('textbox', { name: 'Titel' }).fill('Databehandleraftale 2026')
  await choose(page, 'Status', 'Underskrevet')
  await typeDate(page, 'Underskrevet', '1.11.2026')
  await typeDate(page, 'Udløber', '31.10.2026')
  await expect(page.getByText('Må ikke ligge før Gælder fra')).toBeHidden()
  await typeDate(page, 'Gælder fra', '1.11.2026')
  await expect(page.getByText('Må ikke ligge før Gælder fra')).toBeVisible()
  // A date that does not exist is not taken, and the field says so.
  const expires = page.getByRole('textbox', { name: 'Udløber' })
  await expires.fill('31.02.2027')
  await expires.blur()
  await expect(page.getByText('"31.02.2027" er ikke en dato')).toBeVisible()
  await expires.clear()
  await page.getByRole('button', { name: 'Gem', exact: true }).click()
  await expect(page.getByText('Ændringerne er gemt.')).toBeVisible()
  await page.getByLabel('Vedhæft fil').setInputFiles({
    name: 'dpa-signed.pdf',
    mimeType: 'application/pdf',
    buffer: SIGNED_PDF,
  })
  const documents = page.getByTestId('documents')
  await expect(documents).toContainText('dpa-signed.pdf')
  const hash = createHash('sha256').update(SIGNED_PDF).digest('hex')
  await expect(documents).toContainText(hash)
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await documents.getByRole('button', { name: 'Kopiér fingeraftrykket' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(hash)
  await documents.scrollIntoViewIfNeeded()
  await screenshot(page, 'procurement-agreement')
  const download = page.waitForEvent('download')
  await documents.getByRole('button', { name: 'Hent' }).click()
  expect((await download).suggestedFilename()).toBe('dpa-signed.pdf')
  // "Åbn" shows the signed PDF in a tab of its own, with no way back into the app's window.
  let downloads = 0
  page.on('download', () => downloads++)
  const tab = page.context().waitForEvent('page')
  await documents.getByRole('button', { name: 'Åbn' }).click()
  const opened = await tab
  await opened.waitForLoadState()
  expect(opened.url()).toMatch(/^blob:/)
  expect(await opened.evaluate(() => window.opener)).toBeNull()
  expect(downloads).toBe(0)
  await opened.close()
  await page.getByRole('button', { name: 'Luk' }).click()
  await expect(
    page.getByRole('row', { name: /Databehandleraftale 2026.*Underskrevet/ }),
  ).toBeVisible()

  // The US location: the picker marks the country, DPF comes first and asks for its fields.
  await page.getByRole('tab', { name: 'Lokationer og overførsler' }).click()
  await page.getByRole('button', { name: 'Tilføj lokation' }).click()
  await page.getByRole('combobox', { name: 'Land' }).fill('USA')
  // Each option carries its mark as it is picked.
  const usa = page.getByRole('option', { name: /^USA \(US\)/ })
  await expect(usa).toContainText('Sikkert tredjeland (delvist)')
  await screenshot(page, 'country-picker')
  await usa.click()
  await expect(page.getByTestId('country-mark')).toContainText('Sikkert tredjeland (delvist)')
  await page.getByRole('combobox', { name: 'Overførselsgrundlag' }).click()
  const options = page.getByRole('option')
  await expect(options.first()).toHaveText('EU-US Data Privacy Framework')
  await expect(options.last()).toHaveText('Ældre standardkontraktbestemmelser (ophævet)')
  await page.getByRole('option', { name: 'EU-US Data Privacy Framework' }).click()
  await choose(page, 'DPF-kategori', 'Andre end HR-oplysninger')
  await choose(page, 'DPF-status', 'Aktiv')
  await typeDate(page, 'DPF-listen tjekket', '20.11.2026')
  await choose(page, 'Aftale', 'Databehandleraftale 2026')
  await screenshot(page, 'procurement-location')

  // Leaving with unsaved changes asks first; staying keeps what was typed.
  await page.getByRole('link', { name: 'Modparter' }).click()
  await expect(page.getByRole('dialog', { name: 'Ændringer er ikke gemt' })).toBeVisible()
  await screenshot(page, 'unsaved-changes')
  await page.getByRole('button', { name: 'Bliv på siden' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('combobox', { name: 'DPF-status' })).toHaveValue('Aktiv')
  await page.getByRole('button', { name: 'Gem', exact: true }).click()
  await expect(page.getByRole('row', { name: /USA.*EU-US Data Privacy Framework/ })).toBeVisible()

  // Nothing serious is left to fix; DPF alone earns a low advice to keep SCCs as a fallback.
  await page.getByRole('tab', { name: /Advarsler/ }).click()
  const warnings = page.getByTestId('counterparty-warnings')
  await expect(warnings).toBeVisible()
  await expect(warnings).not.toContainText('overførselsgrundlag')
  await expect(warnings.getByTestId('warning').filter({ hasText: /^(Kritisk|Høj)/ })).toHaveCount(0)
  await screenshot(page, 'procurement-warnings')
  await page.getByRole('tab', { name: 'Historik' }).click()
  await expect(page.getByTestId('history')).toContainText('Datalokation · USA')
  await expect(page.getByTestId('history')).toContainText('Dokument · dpa-signed.pdf')
})
