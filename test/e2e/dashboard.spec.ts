import type { Locator, Page } from '@playwright/test'
import { callApi, expect, openApp, screenshot, test, type BrowserModeServer } from './fixtures'

/** The demo register (dates relative to today), opened on the dashboard. */
async function openDemoDashboard(page: Page, server: BrowserModeServer): Promise<void> {
  await callApi(server, 'demo:create', {})
  await openApp(page, server)
  await expect(page.getByRole('heading', { name: 'Overblik', level: 2 })).toBeVisible()
  await expect(page.getByTestId('warning-group').first()).toBeVisible()
}

const group = (page: Page, name: string): Locator =>
  page.getByTestId('warning-group').filter({ hasText: name })
const warning = (page: Page, text: string): Locator =>
  page.getByTestId('warning').filter({ hasText: text })

test('the dashboard counts the demo register’s warnings and shows the critical ones first', async ({
  page,
  server,
}) => {
  await openDemoDashboard(page, server)
  const critical = page.getByTestId('severity-critical')
  await expect(critical).toContainText('Kritisk')
  await expect(critical.getByTestId('severity-count')).not.toHaveText('0')

  // Expired DPA (R04), Privacy Shield (R06) and an Indian sub-processor without basis (R20).
  await expect(warning(page, 'Hotjar').filter({ hasText: 'R04' })).toContainText('Kritisk')
  await expect(warning(page, 'Privacy Shield').filter({ hasText: 'R06' })).toContainText(
    'Meta Pixel',
  )
  await expect(warning(page, 'Offshore Support').filter({ hasText: 'R20' })).toContainText('Indien')
  await expect(warning(page, 'R04').first()).toContainText(/Hjemmel: .*Art\. 28/)

  // Groups with a critical warning come before any group without one.
  const firstGroup = page.getByTestId('warning-group').first()
  await expect(firstGroup).toContainText('kritisk')

  await expect(page.getByTestId('rule-table')).toContainText(
    'Databehandleraftale udløbet – behandling fortsætter',
  )
  const reference = page.getByTestId('reference-data')
  await expect(reference).toContainText(/Version \d{4}\.\d\d\.\d\d/)
  await expect(reference).toContainText(/Senest verificeret \d{1,2}\. \p{L}+ \d{4}/u)
  await expect(reference).toContainText('erstatter ikke juridisk rådgivning')
  await screenshot(page, 'dashboard')
})

test('severity, rule, owner and text filters narrow the warnings', async ({ page, server }) => {
  await openDemoDashboard(page, server)

  const criticalCount = await page
    .getByTestId('severity-critical')
    .getByTestId('severity-count')
    .innerText()
  await page.getByTestId('severity-critical').click()
  await expect(page.getByTestId('warning-summary')).toContainText(`Viser ${criticalCount} af`)
  for (const item of await page.getByTestId('warning').all()) {
    await expect(item).toContainText('Kritisk')
  }
  await page.getByTestId('severity-critical').click()

  await page.getByTestId('rule-table').getByRole('row', { name: /R04/ }).click()
  await expect(page.getByTestId('warning-group')).toHaveCount(1)
  await expect(group(page, 'Hotjar')).toBeVisible()
  await page.getByRole('button', { name: 'Nulstil filtre' }).click()

  await page.getByRole('searchbox', { name: 'Søg' }).fill('privacy shield')
  await expect(page.getByTestId('warning-group')).toHaveCount(1)
  await expect(group(page, 'Meta Pixel')).toBeVisible()
  await page.getByRole('button', { name: 'Nulstil filtre' }).click()
  await expect(page.getByRole('searchbox', { name: 'Søg' })).toHaveValue('')

  await page.getByRole('combobox', { name: 'Ansvarlig' }).click()
  await page.getByRole('option', { name: 'Marketing' }).click()
  await expect(group(page, 'Hotjar')).toBeVisible()
  await expect(group(page, 'Meta Pixel')).toBeVisible()
  await expect(group(page, 'Nordhost')).toHaveCount(0)
  await page.getByRole('combobox', { name: 'Alvor' }).click()
  await page.getByRole('option', { name: 'Kritisk' }).click()
  await expect(page.getByTestId('warning-group')).toHaveCount(2)
  await expect(page.getByTestId('warning-summary')).toContainText('Viser 2 af')
  await screenshot(page, 'dashboard-filtered')

  // Closing a group hides its warnings but keeps the group.
  await group(page, 'Hotjar').getByRole('button', { expanded: true }).click()
  await expect(warning(page, 'R04')).toHaveCount(0)
  await expect(group(page, 'Hotjar')).toBeVisible()
})

test('a warning links to the record that fixes it', async ({ page, server }) => {
  await openDemoDashboard(page, server)
  await warning(page, 'R04').getByRole('link', { name: 'Åbn aftaler' }).click()
  await expect(page).toHaveURL(/#\/counterparties\/\d+\/agreements\/\d+$/)
  await expect(page.getByRole('heading', { name: 'Hotjar', level: 2 })).toBeVisible()

  await page.goBack()
  await group(page, 'Meta Pixel').getByRole('link', { name: 'Åbn modpart' }).click()
  await expect(page).toHaveURL(/#\/counterparties\/\d+$/)
  await expect(page.getByRole('heading', { name: 'Meta Pixel (Facebook)', level: 2 })).toBeVisible()
})

test('a what-if date evaluates the register as of another day', async ({ page, server }) => {
  await openDemoDashboard(page, server)
  // The Nordhost DPA expires in 45 days: 60 days on, it has expired (R04).
  await expect(warning(page, 'Nordhost').filter({ hasText: 'R04' })).toHaveCount(0)
  const later = new Date(Date.now() + 60 * 86_400_000)
  const typed = `${later.getDate()}.${later.getMonth() + 1}.${later.getFullYear()}`
  await page.getByRole('textbox', { name: 'Vurder pr. dato' }).fill(typed)
  await page.getByRole('textbox', { name: 'Vurder pr. dato' }).blur()
  await expect(page.getByTestId('what-if')).toContainText('Vurderet pr.')
  await expect(warning(page, 'Nordhost').filter({ hasText: 'R04' })).toHaveCount(1)
})

test('the upcoming view lists the Nordhost DPA expiry and the objection deadline', async ({
  page,
  server,
}) => {
  await openDemoDashboard(page, server)
  await page.getByRole('link', { name: 'Kommende' }).click()
  await expect(page.getByRole('heading', { name: 'Kommende frister', level: 2 })).toBeVisible()
  const items = page.getByTestId('upcoming')
  await expect(
    items.filter({ hasText: /^.*Udløb.*Databehandleraftalen .*med Nordhost A\/S udløber/ }),
  ).toHaveCount(1)
  const objection = items.filter({ hasText: 'Frist for indsigelse mod Backup Vault Inc.' })
  await expect(objection).toContainText('Indsigelsesfrist')
  await expect(page.getByTestId('upcoming-month').first()).toHaveText(/^\p{Lu}\p{Ll}+ \d{4}$/u)
  await screenshot(page, 'upcoming')

  await page.getByText(/^Indsigelsesfrist \(\d+\)$/).click()
  await expect(items).toHaveCount(1)
  await objection.getByRole('link', { name: 'Åbn underdatabehandlere' }).click()
  await expect(page).toHaveURL(/#\/counterparties\/\d+\/sub-processors\/\d+$/)
  await expect(page.getByRole('heading', { name: 'Nordhost A/S', level: 2 })).toBeVisible()
})

test('the dashboard speaks English', async ({ page, server }) => {
  await openDemoDashboard(page, server)
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible()
  await expect(page.getByTestId('severity-critical')).toContainText('Critical')
  await expect(warning(page, 'R04')).toContainText('The data processing agreement with Hotjar')
  await expect(warning(page, 'R04')).toContainText('Due: immediately')
  await page.getByRole('searchbox', { name: 'Search' }).fill('R03')
  await expect(warning(page, 'R03')).toContainText(/Due: \d{1,2} [A-Z][a-z]+ \d{4}/)
  await page.getByRole('button', { name: 'Reset filters' }).click()
  await expect(page.getByTestId('rule-table')).toContainText('DPA expired – processing continues')
  await expect(page.getByTestId('reference-data')).toContainText('no substitute for legal advice')
  await screenshot(page, 'dashboard-english')
})
