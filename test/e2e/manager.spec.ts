/** A manager filters the register by owner and opens the agreement status report for it. */
import { callApi, expect, openApp, screenshot, test } from './fixtures'
import { pick } from './helpers'

test('a manager filters by owner and opens the status report', async ({ page, server }) => {
  await callApi(server, 'demo:create', {})
  await openApp(page, server)
  await page.getByRole('link', { name: 'Modparter' }).click()
  await pick(page, 'Ansvarlig', 'IT-d', 'IT-drift')
  const count = page.getByTestId('counterparty-count')
  // The rows before the filter stay (dimmed) until the filtered ones arrive.
  await expect(count).toHaveAttribute('aria-busy', 'false')
  await expect(count).toHaveText(/^\d+ modparter?$/)
  const rows = page.getByRole('row').filter({ hasText: 'IT-drift' })
  await expect(rows.first()).toBeVisible()
  const shown = await page.getByRole('row').count()
  expect(await rows.count()).toBe(shown - 1)

  await page.getByRole('button', { name: 'Statusrapport' }).click()
  const report = page.frameLocator('[data-testid="status-report"]')
  await expect(report.locator('body')).toContainText('Nordhost')
  await expect(report.locator('body')).not.toContainText('Hotjar')
  await screenshot(page, 'manager-report')

  // The report covers what the list shows: with a search too, only what the search finds.
  await page.keyboard.press('Escape')
  await page.getByLabel('Søg').fill('nordhost')
  await expect(count).toHaveAttribute('data-search', 'nordhost')
  await page.getByRole('button', { name: 'Statusrapport' }).click()
  await expect(report.locator('body')).toContainText('Søgning: “nordhost”')
  await expect(report.locator('h2', { hasText: 'Nordhost' })).toBeVisible()
  await expect(report.locator('body')).toContainText('Modparter (1)')
})
