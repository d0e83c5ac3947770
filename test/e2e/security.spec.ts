/**
 * Security finds every counterparty with a transfer that lacks a valid basis, and fixes one: its
 * warning goes, and it drops out of the filtered list and off the map's red.
 */
import { expect, openApp, screenshot, test, callApi } from './fixtures'
import { choose, typeDate } from './helpers'

const NO_BASIS = /uden gyldigt overførselsgrundlag|ugyldig siden|ophævet|gamle standardkontrakt/

test('security finds the transfers without a valid basis and fixes one', async ({
  page,
  server,
}) => {
  await callApi(server, 'demo:create', {})
  await openApp(page, server)
  await page.getByRole('link', { name: 'Modparter' }).click()
  await choose(page, 'Advarsler', 'Intet gyldigt grundlag')
  await expect(page.getByTestId('counterparty-count')).toHaveText('3 modparter')
  for (const name of ['Meta Pixel', 'Offshore Support', 'Supportdesk SaaS']) {
    await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible()
  }

  // The keyboard: into the results, down to the second row, open it.
  await page.getByRole('searchbox', { name: 'Søg' }).focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { name: 'Offshore Support Pvt. Ltd.', level: 2 }),
  ).toBeVisible()

  await page.getByRole('tab', { name: /Advarsler/ }).click()
  const warnings = page.getByTestId('counterparty-warnings')
  const missing = warnings.getByTestId('warning').filter({ hasText: NO_BASIS })
  await expect(missing).toHaveCount(1)
  await screenshot(page, 'security-warning')
  await missing.getByRole('link').click()

  // The link opens the location itself; SCCs with a TIA are a valid basis for India.
  await expect(page.getByTestId('record-editor')).toBeVisible()
  await expect(page.getByTestId('country-mark')).toContainText('Usikkert tredjeland')
  await choose(page, 'Overførselsgrundlag', 'Standardkontraktbestemmelser (2021)')
  await choose(page, 'SCC-modul', 'Modul 3: databehandler til databehandler')
  await typeDate(page, 'TIA udført', '15.11.2026')
  await page.getByRole('button', { name: 'Gem' }).click()
  await expect(
    page.getByRole('row', { name: /Indien.*Standardkontraktbestemmelser/ }),
  ).toBeVisible()

  await page.getByRole('tab', { name: /Advarsler/ }).click()
  await expect(warnings).toBeVisible()
  await expect(warnings.getByTestId('warning').filter({ hasText: NO_BASIS })).toHaveCount(0)

  // Back to the list: the filter is as it was left, with one counterparty fewer.
  await page.getByRole('link', { name: 'Modparter' }).click()
  await expect(page.getByTestId('counterparty-count')).toHaveText('2 modparter')
  await expect(page.getByRole('row', { name: /Offshore Support/ })).toBeHidden()
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Søg' })).toBeFocused()

  // India is no longer red on the map.
  await page.getByRole('link', { name: 'Kort' }).click()
  await page.getByTestId('map-country-IN').click()
  await expect(page.getByTestId('map-country-panel')).toContainText('Fornødne garantier')
  await expect(page.getByTestId('map-country-panel')).not.toContainText('Manglende')
  await screenshot(page, 'security-map')
})
