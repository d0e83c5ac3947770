/**
 * The counterparty page beyond the three main flows: a contact person's rights (export, erase),
 * a sub-processor created inline with its chain drawn as a tree, a supervision record, and the
 * settings the register runs on.
 */
import fs from 'node:fs'
import { callApi, expect, openApp, screenshot, test } from './fixtures'
import { choose, typeDate } from './helpers'

interface Created {
  id: number
}

test('contacts: validated as typed, exported as JSON and erased on request', async ({
  page,
  server,
}) => {
  const vendor = await callApi<Created>(server, 'counterparties:create', { name: 'Hostly ApS' })
  await openApp(page, server)
  await page.goto(`${new URL(server.url).origin}/#/counterparties/${vendor.id}/contacts`)
  await page.getByRole('button', { name: 'Tilføj kontaktperson' }).click()
  await page.getByRole('textbox', { name: 'Navn', exact: true }).fill('Mette Hansen')
  await page.getByRole('textbox', { name: 'E-mail' }).fill('mette@')
  await expect(page.getByText('Skal være en e-mailadresse')).toBeVisible()
  await page.getByRole('textbox', { name: 'E-mail' }).fill('mette@hostly.dk')
  await expect(page.getByText('Skal være en e-mailadresse')).toBeHidden()
  await screenshot(page, 'detail-contact-editor')
  await page.getByRole('button', { name: 'Gem', exact: true }).click()
  const row = page.getByRole('row', { name: /Mette Hansen/ })
  await expect(row).toContainText('mette@hostly.dk')

  await row.click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Udlever data (JSON)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Mette-Hansen.json')
  const exported = JSON.parse(fs.readFileSync(await file.path(), 'utf8')) as {
    contact: { email: string }
  }
  expect(exported.contact.email).toBe('mette@hostly.dk')

  await page.getByRole('button', { name: 'Slet personen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Slet Mette Hansen helt?' })
  await dialog.getByRole('button', { name: 'Slet personen' }).click()
  await expect(row).toBeHidden()
  await page.getByRole('tab', { name: 'Historik' }).click()
  await expect(page.getByTestId('history')).toContainText('Kontaktperson · (slettet)')
  await expect(page.getByTestId('history')).not.toContainText('mette@hostly.dk')
  await expect(page.getByTestId('history')).not.toContainText('Mette')
})

test('sub-processors: created inline, approved, and drawn as a chain that may loop', async ({
  page,
  server,
}) => {
  const processor = await callApi<Created>(server, 'counterparties:create', {
    name: 'Nordhost A/S',
    kinds: ['processor'],
    role: 'processor',
  })
  await callApi(server, 'locations:create', {
    counterparty_id: processor.id,
    country: 'DE',
    basis: 'eea',
  })
  await openApp(page, server)
  await page.goto(`${new URL(server.url).origin}/#/counterparties/${processor.id}/sub-processors`)
  await page.getByRole('button', { name: 'Tilføj underdatabehandler' }).click()
  await page.getByRole('combobox', { name: 'Underdatabehandler' }).fill('Backup Vault')
  await page.getByRole('button', { name: 'Opret ny: Backup Vault' }).click()
  await expect(page.getByRole('textbox', { name: 'Navn' })).toHaveValue('Backup Vault')
  await page.getByRole('combobox', { name: 'Land for den nye modpart' }).fill('USA')
  await page.getByRole('option', { name: /^USA \(US\)/ }).click()
  await page.getByRole('textbox', { name: 'Formål' }).fill('Backup')
  await typeDate(page, 'Underretning modtaget', '1.11.2026')
  await page.getByRole('button', { name: 'Sæt til 30 dage efter underretning' }).click()
  await expect(page.getByRole('textbox', { name: 'Frist for indsigelse' })).toHaveValue(
    '1. december 2026',
  )
  await typeDate(page, 'Godkendt', '5.11.2026')
  await page.getByRole('textbox', { name: 'Godkendt af' }).fill('IT-chef')
  await screenshot(page, 'detail-link-editor')
  await page.getByRole('button', { name: 'Gem', exact: true }).click()
  await expect(
    page.getByRole('row', { name: /Backup Vault.*Godkendt 5\. november 2026 af IT-chef/ }),
  ).toBeVisible()

  // The new sub-processor uses the processor back: the tree stops at the loop.
  const subs = await callApi<{ rows: { id: number; name: string }[] }>(
    server,
    'counterparties:list',
    { search: 'Backup Vault' },
  )
  const sub = subs.rows[0]
  if (!sub) throw new Error('the sub-processor was not created')
  await callApi(server, 'locations:create', {
    counterparty_id: sub.id,
    country: 'US',
    basis: 'dpf',
  })
  await callApi(server, 'links:create', { processor_id: sub.id, sub_processor_id: processor.id })
  await page.reload()
  const tree = page.getByTestId('sub-processor-tree')
  await expect(tree).toContainText('Backup Vault')
  await expect(tree).toContainText('USA · EU-US Data Privacy Framework')
  // The top of the chain shows where its own data goes too.
  await expect(tree.getByText('Tyskland · EU/EØS (ingen overførsel)')).toBeVisible()
  await expect(tree).toContainText('går i ring tilbage til Nordhost A/S')
  await screenshot(page, 'detail-sub-processor-tree')
})

test('supervision: a record with its period in order', async ({ page, server }) => {
  const vendor = await callApi<Created>(server, 'counterparties:create', { name: 'Hostly ApS' })
  await openApp(page, server)
  await page.goto(`${new URL(server.url).origin}/#/counterparties/${vendor.id}/supervision`)
  await page.getByRole('button', { name: 'Tilføj tilsyn' }).click()
  await choose(page, 'Metode', 'ISAE 3402 type 2-erklæring')
  await choose(page, 'Tilsynskoncept', '5: uafhængig tredjemand (fx revisorerklæring)')
  await typeDate(page, 'Periode fra', '1.1.2026')
  await typeDate(page, 'Periode til', '31.12.2025')
  await expect(page.getByText('Må ikke ligge før Periode fra')).toBeVisible()
  await typeDate(page, 'Periode til', '31.12.2026')
  await choose(page, 'Konklusion', 'Konklusion med forbehold')
  await page.getByRole('textbox', { name: 'Afvigelser' }).fill('Adgangskontrol ikke dokumenteret')
  await typeDate(page, 'Næste tilsyn senest', '1.3.2027')
  await screenshot(page, 'detail-supervision-editor')
  await page.getByRole('button', { name: 'Gem', exact: true }).click()
  // A new record stays open, ready for its auditor's report.
  await expect(page.getByRole('heading', { name: 'Rediger tilsyn' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Dokumenter' })).toBeVisible()
  await page.getByRole('button', { name: 'Luk' }).click()
  await expect(page.getByRole('row', { name: /ISAE 3402 type 2.*1\. marts 2027/ })).toBeVisible()
})

test('settings: organisation, thresholds, reference data and backups', async ({ page, server }) => {
  await openApp(page, server)
  await page.getByRole('link', { name: 'Indstillinger', exact: true }).click()
  // Our name heads every report: a blank one is not saved.
  await page.getByRole('textbox', { name: 'Navn' }).fill('  ')
  await page.getByRole('button', { name: 'Gem' }).first().click()
  await expect(page.getByText('Skal udfyldes')).toBeVisible()
  await page.getByRole('textbox', { name: 'Navn' }).fill('Ditmer A/S')
  await page.getByRole('button', { name: 'Gem' }).first().click()
  await expect(page.getByText('Vores organisation: gemt.')).toBeVisible()

  const field = page.getByRole('textbox', { name: 'Gentag TIA efter' })
  await field.fill('99')
  await expect(page.getByText('Skal være et helt tal mellem 1 og 60')).toBeVisible()
  await field.fill('6')
  await page.getByRole('button', { name: 'Gem' }).nth(1).click()
  await expect(page.getByText('Tærskler for advarsler: gemt.')).toBeVisible()
  expect(
    (await callApi<{ thresholds: { tia_months: number } }>(server, 'settings:get', {})).thresholds
      .tia_months,
  ).toBe(6)

  await expect(page.getByTestId('reference-user-verified')).toHaveText('aldrig')
  await page.getByRole('button', { name: 'Jeg har bekræftet dem i dag' }).click()
  await expect(page.getByTestId('reference-user-verified')).not.toHaveText('aldrig')
  await expect(page.getByTestId('reference-version')).toHaveText(/^\d{4}\.\d{2}\.\d{2}/)

  // Rotation keeps one backup a day, so the new one takes today's place in the list.
  await page.getByRole('button', { name: 'Tag sikkerhedskopi nu' }).click()
  const taken = page.getByText(/^Sikkerhedskopien (register-\S+\.db) er taget\.$/)
  await expect(taken).toBeVisible()
  const file = /(register-\S+\.db)/.exec((await taken.textContent()) ?? '')?.[1] ?? '?'
  await expect(page.getByTestId('backups')).toContainText(file)
  await screenshot(page, 'settings-backups')
  await expect(page.getByTestId('db-path')).toContainText(server.dbFile)
})
