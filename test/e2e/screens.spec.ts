/**
 * Every screen of issue 4 at 1280×800 on the demo register, saved under test-results/screens/ to
 * be looked at: a layout that breaks shows up here before a user sees it.
 */
import type { Page } from '@playwright/test'
import { callApi, expect, openApp, screenshot, test } from './fixtures'

interface Listed {
  rows: { id: number; name: string }[]
}

test('every screen of the register, in Danish and English', async ({ page, server }) => {
  test.setTimeout(120_000)
  await callApi(server, 'demo:create', {})
  const { rows } = await callApi<Listed>(server, 'counterparties:list', { search: 'Nordhost' })
  const nordhost = rows[0]
  if (!nordhost) throw new Error('the demo register has no Nordhost')
  await openApp(page, server)

  await page.getByRole('link', { name: 'Modparter' }).click()
  await expect(page.getByTestId('counterparty-count')).toHaveText(/\d+ modparter/)
  await screenshot(page, 'list')
  await page.getByRole('combobox', { name: 'Advarsler' }).click()
  await page.getByRole('option', { name: 'Intet gyldigt grundlag' }).click()
  await expect(page.getByRole('row', { name: /Offshore Support/ })).toBeVisible()
  await screenshot(page, 'list-no-basis')

  const tabs = [
    'overview',
    'contacts',
    'agreements',
    'locations',
    'sub-processors',
    'supervision',
    'history',
    'warnings',
  ]
  for (const tab of tabs) {
    await page.goto(`${new URL(server.url).origin}/#/counterparties/${nordhost.id}/${tab}`)
    await expect(page.getByRole('heading', { name: 'Nordhost A/S', level: 2 })).toBeVisible()
    await settled(page)
    await screenshot(page, `detail-${tab}`)
  }
  const vault = (await callApi<Listed>(server, 'counterparties:list', { search: 'Backup Vault' }))
    .rows[0]
  await page.goto(`${new URL(server.url).origin}/#/counterparties/${vault?.id}/locations`)
  await page.getByRole('row', { name: /USA/ }).first().click()
  await expect(page.getByTestId('record-editor')).toBeVisible()
  await screenshot(page, 'detail-location-editor')
  await page.goto(`${new URL(server.url).origin}/#/counterparties/${nordhost.id}/agreements`)
  await page.getByRole('row').nth(1).click()
  await expect(page.getByTestId('record-editor')).toBeVisible()
  await screenshot(page, 'detail-agreement-editor')

  await page.getByRole('link', { name: 'Kort' }).click()
  await expect(page.getByTestId('world-map')).toBeVisible()
  await screenshot(page, 'map')
  await page.getByTestId('map-country-US').click()
  await expect(page.getByTestId('map-country-panel')).toBeVisible()
  await screenshot(page, 'map-country')
  // The Faroe Islands are too small for the map's scale: a point, as clickable as a country.
  await page.locator('[data-testid="world-map"] circle[data-country="FO"]').click()
  await expect(page.getByTestId('map-country-panel')).toContainText('Færøerne')

  await page.getByRole('link', { name: 'Indstillinger' }).click()
  await expect(page.getByTestId('db-path')).toContainText('register.db')
  await page.evaluate(() => window.scrollTo(0, 0))
  await screenshot(page, 'settings')
  await page.mouse.wheel(0, 2000)
  await screenshot(page, 'settings-bottom')

  await page.getByRole('banner').getByText('English', { exact: true }).click()
  await page.goto(`${new URL(server.url).origin}/#/counterparties/${nordhost.id}/locations`)
  await expect(page.getByRole('tab', { name: 'Locations and transfers' })).toBeVisible()
  await screenshot(page, 'detail-locations-english')
  await page.getByRole('link', { name: 'Map' }).click()
  await expect(page.getByTestId('world-map')).toBeVisible()
  await screenshot(page, 'map-english')
})

/** Waits until no loader spins: the tabs fetch their records after they show. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0)
}
