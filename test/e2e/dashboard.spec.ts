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

/** Opens a counterparty's group, unless it is open already; its warnings are fetched then. */
async function openGroup(page: Page, name: string): Promise<void> {
  const toggle = group(page, name).getByRole('button', { expanded: false })
  if ((await toggle.count()) > 0) await toggle.click()
  await expect(group(page, name).getByRole('button', { expanded: true })).toBeVisible()
}

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

test('the dashboard opens on counts; a group’s warnings are fetched when it is opened', async ({
  page,
  server,
}) => {
  // The dashboard never asks for every warning at once: only one counterparty's at a time.
  const asked: unknown[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/compliance:warnings')) asked.push(request.postDataJSON())
  })
  await openDemoDashboard(page, server)
  const groups = page.getByTestId('warning-group')
  // The three most urgent groups are open from the start, the rest closed.
  for (const index of [0, 1, 2]) {
    await expect(groups.nth(index).getByRole('button', { expanded: true })).toBeVisible()
  }
  await expect(groups.nth(3).getByRole('button', { expanded: false })).toBeVisible()
  await expect(group(page, 'Hotjar')).toContainText('Ansvarlig: Marketing')
  await expect(page.getByTestId('warning-summary')).toHaveText(
    /^Viser (\d+) af \1 advarsler hos \d+ modparter$/,
  )
  // Findings about the register itself lead the list; only low ones here, so closed.
  const register = page.getByTestId('register-group')
  await expect(register).toContainText('Registret og referencedata')
  await expect(register).toContainText('1 lav')
  await expect(warning(page, 'R26')).toHaveCount(0)
  await register.getByRole('button', { expanded: false }).click()
  await expect(warning(page, 'R26')).toContainText('Referencedataene')

  await expect(warning(page, 'Regnskabsportalen')).toHaveCount(0)
  await openGroup(page, 'Regnskabsportalen')
  await expect(warning(page, 'R01')).toContainText('Regnskabsportalen ApS')
  expect(asked).toHaveLength(4)
  for (const input of asked) expect(input).toMatchObject({ counterparty_id: expect.any(Number) })

  const list = page.getByTestId('warning-list')
  await page.getByRole('button', { name: 'Fold alle sammen' }).click()
  await expect(list.getByTestId('warning')).toHaveCount(0)
  await expect(groups.first()).toBeVisible()
  await page.getByRole('button', { name: 'Fold alle ud' }).click()
  await page.getByRole('searchbox', { name: 'Søg' }).fill('backup')
  await expect(warning(page, 'R18')).toContainText('Backup Vault')
  await page.getByRole('button', { name: 'Nulstil filtre' }).click()
  // Opened again, a group shows the warnings it already has without asking again.
  await expect(warning(page, 'R01')).toBeVisible()
  expect(
    asked.filter((input) => JSON.stringify(input).includes('"counterparty_id":12')),
  ).toHaveLength(1)
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
  await openGroup(page, 'Nordhost')
  await expect(warning(page, 'Nordhost').filter({ hasText: 'R03' })).toHaveCount(1)
  await expect(warning(page, 'Nordhost').filter({ hasText: 'R04' })).toHaveCount(0)
  // A day that does not exist is not taken, and the field says so.
  const whatIf = page.getByRole('textbox', { name: 'Vurder pr. dato' })
  await whatIf.fill('31.02.2027')
  await whatIf.blur()
  await expect(page.getByText('"31.02.2027" er ikke en dato')).toBeVisible()
  await expect(page.getByTestId('what-if')).toHaveCount(0)
  const later = new Date(Date.now() + 60 * 86_400_000)
  const typed = `${later.getDate()}.${later.getMonth() + 1}.${later.getFullYear()}`
  await page.getByRole('textbox', { name: 'Vurder pr. dato' }).fill(typed)
  await page.getByRole('textbox', { name: 'Vurder pr. dato' }).blur()
  await expect(page.getByTestId('what-if')).toContainText('Vurderet pr.')
  // The group stays open, and its warnings are fetched again as of that day.
  await expect(warning(page, 'Nordhost').filter({ hasText: 'R04' })).toHaveCount(1)
  await expect(warning(page, 'Nordhost').filter({ hasText: 'R03' })).toHaveCount(0)
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

test('the arrow keys move between the groups of the warning list', async ({ page, server }) => {
  await openDemoDashboard(page, server)
  const headers = page.locator('[data-testid="warning-list"] [data-group-header]')
  await headers.nth(1).focus()
  await page.keyboard.press('ArrowDown')
  await expect(headers.nth(2)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(headers.nth(0)).toBeFocused()
  // Enter opens or closes the group with the focus.
  const expanded = await headers.nth(0).getAttribute('aria-expanded')
  await page.keyboard.press('Enter')
  await expect(headers.nth(0)).not.toHaveAttribute('aria-expanded', expanded ?? '')
})
