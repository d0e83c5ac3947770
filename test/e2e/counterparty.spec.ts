import { callApi, expect, openApp, screenshot, test } from './fixtures'
import { pick } from './helpers'

test('an empty register offers the demo register, in Danish by default', async ({
  page,
  server,
}) => {
  await openApp(page, server)
  await expect(page.getByText('heuristisk hjælp til menneskelig gennemgang')).toBeVisible()
  await page.getByRole('link', { name: 'Modparter' }).click()
  await expect(page.getByTestId('demo-offer')).toBeVisible()
  await expect(page.getByText('Registret er tomt. Opret den første modpart.')).toBeVisible()
  await screenshot(page, 'counterparties-empty')

  await page.getByRole('button', { name: 'Start med et tomt register' }).click()
  await expect(page.getByTestId('demo-offer')).toBeHidden()
  await page.reload()
  await expect(page.getByText('Registret er tomt. Opret den første modpart.')).toBeVisible()
  await expect(page.getByTestId('demo-offer')).toBeHidden()
})

test('the token leaves the address bar and a reload still works', async ({ page, server }) => {
  await openApp(page, server)
  expect(page.url()).not.toContain('token')
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Overblik', level: 2 })).toBeVisible()
})

test('a counterparty created through the form is still there after a reload', async ({
  page,
  server,
}) => {
  await openApp(page, server)
  await page.getByRole('link', { name: 'Modparter' }).click()
  await page.getByRole('link', { name: 'Ny modpart' }).click()
  await expect(page.getByRole('heading', { name: 'Ny modpart' })).toBeVisible()

  // Saving without a name: the server's message sits next to the field, and nothing typed is lost.
  await page.getByLabel('Juridisk navn').fill('Nordisk Hosting ApS')
  await page.getByRole('button', { name: 'Gem' }).click()
  await expect(page.getByText('Skal udfyldes')).toBeVisible()
  await expect(page.getByLabel('Juridisk navn')).toHaveValue('Nordisk Hosting ApS')
  await screenshot(page, 'counterparty-form-error')

  await page.getByRole('textbox', { name: 'Navn', exact: true }).fill('Nordisk Hosting')
  await page.getByLabel('CVR-/momsnummer').fill('DK12345678')
  await pick(page, 'Land', 'Danm', 'Danmark (DK)')
  await pick(page, 'Type', 'Datab', 'Databehandler')
  await page.getByRole('combobox', { name: 'Rolle over for os' }).click()
  await page.getByRole('option', { name: 'Databehandler', exact: true }).click()
  await page.getByRole('combobox', { name: 'Intern ansvarlig' }).fill('Mette Jensen')
  await page.getByLabel('Relationen ophører').fill('31.12.2027')
  await page.getByLabel('Relationen ophører').blur()
  await expect(page.getByLabel('Relationen ophører')).toHaveValue('31. december 2027')
  await pick(page, 'Kategorier af personoplysninger', 'Alm', 'Almindelige personoplysninger')
  await page.keyboard.press('Escape')
  await screenshot(page, 'counterparty-form')
  await page.getByRole('button', { name: 'Gem' }).scrollIntoViewIfNeeded()
  await screenshot(page, 'counterparty-form-bottom')
  await page.getByRole('button', { name: 'Gem' }).click()

  await expect(page.getByRole('heading', { name: 'Nordisk Hosting', level: 2 })).toBeVisible()
  await expect(page).toHaveURL(/#\/counterparties\/\d+$/)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Nordisk Hosting', level: 2 })).toBeVisible()
  await expect(page.getByLabel('Juridisk navn')).toHaveValue('Nordisk Hosting ApS')
  await expect(page.getByRole('combobox', { name: 'Land' })).toHaveValue('Danmark (DK)')
  await expect(page.getByLabel('Relationen ophører')).toHaveValue('31. december 2027')
  await screenshot(page, 'counterparty-form-saved')

  await page.getByRole('link', { name: 'Tilbage' }).click()
  await page.reload()
  const row = page.getByRole('row', { name: /Nordisk Hosting/ })
  await expect(row).toContainText('Danmark')
  await expect(row).toContainText('Mette Jensen')
  await expect(page.getByTestId('counterparty-count')).toHaveText('1 modpart')
})

test('search, filters and sorting ask the server', async ({ page, server }) => {
  for (const [name, country, status] of [
    ['Alfa Revision', 'DK', 'active'],
    ['Beta Cloud Inc.', 'US', 'active'],
    ['Gamma Mail GmbH', 'DE', 'former'],
  ] as const) {
    await callApi(server, 'counterparties:create', { name, country, status, owner: 'Mette' })
  }
  await openApp(page, server)
  await page.getByRole('link', { name: 'Modparter' }).click()
  await expect(page.getByTestId('counterparty-count')).toHaveText('3 modparter')
  await screenshot(page, 'counterparties-list')

  await page.getByLabel('Søg').fill('cloud')
  await expect(page.getByTestId('counterparty-count')).toHaveText('1 modpart')
  await expect(page.getByRole('row', { name: /Beta Cloud/ })).toBeVisible()
  await page.getByLabel('Søg').fill('')
  await expect(page.getByTestId('counterparty-count')).toHaveText('3 modparter')

  await page.getByRole('combobox', { name: 'Status' }).click()
  await page.getByRole('option', { name: 'Tidligere' }).click()
  await expect(page.getByTestId('counterparty-count')).toHaveText('1 modpart')
  await expect(page.getByRole('row', { name: /Gamma Mail/ })).toBeVisible()
  await page.getByRole('combobox', { name: 'Status' }).click()
  await page.getByRole('option', { name: 'Tidligere' }).click()
  await expect(page.getByTestId('counterparty-count')).toHaveText('3 modparter')

  await page.getByRole('button', { name: 'Navn' }).click()
  await expect(page.getByRole('row').nth(1)).toContainText('Gamma Mail')
  await page.getByRole('button', { name: 'Rolle over for os' }).click()
  await expect(page.getByRole('columnheader', { name: /Rolle over for os/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
})

test('the rows stay while a search loads, and a late answer to an earlier search is dropped', async ({
  page,
  server,
}) => {
  for (const name of ['Alfa Revision', 'Beta Cloud Inc.']) {
    await callApi(server, 'counterparties:create', { name })
  }
  await openApp(page, server)
  await page.getByRole('link', { name: 'Modparter' }).click()
  const count = page.getByTestId('counterparty-count')
  await expect(count).toHaveText('2 modparter')

  // The server's answer to "alfa" is held back until the answer to "beta" is on screen.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const isSearch = (search: string) => (body: string | null) =>
    (JSON.parse(body ?? '{}') as { search?: string }).search === search
  await page.route('**/api/counterparties:list', async (route) => {
    if (isSearch('alfa')(route.request().postData())) await held
    await route.continue()
  })
  const search = page.getByLabel('Søg')
  await search.fill('alfa')
  await expect(count).toHaveAttribute('aria-busy', 'true')
  await expect(page.getByRole('row', { name: /Beta Cloud/ })).toBeVisible()
  await expect(count).toHaveText('2 modparter')

  await search.fill('beta')
  await expect(count).toHaveAttribute('data-search', 'beta')
  await expect(count).toHaveText('1 modpart')
  const late = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/counterparties:list') &&
      isSearch('alfa')(response.request().postData()),
  )
  release()
  await late
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
  await expect(count).toHaveAttribute('data-search', 'beta')
  await expect(page.getByRole('row', { name: /Beta Cloud/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /Alfa Revision/ })).toBeHidden()
})

test('a long list fetches the pages the user scrolls to', async ({ page, server }) => {
  const names = Array.from(
    { length: 250 },
    (_, i) => `Leverandør ${String(i + 1).padStart(3, '0')}`,
  )
  await Promise.all(names.map((name) => callApi(server, 'counterparties:create', { name })))
  await openApp(page, server)
  await page.getByRole('link', { name: 'Modparter' }).click()
  await expect(page.getByTestId('counterparty-count')).toHaveText('250 modparter')
  // Only a screenful of rows is in the page, however long the list.
  expect(await page.getByRole('row').count()).toBeLessThan(60)
  await page.getByTestId('counterparty-table').evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect(page.getByRole('row', { name: /Leverandør 250/ })).toBeVisible()
})

test('deleting a counterparty with agreements asks for confirmation first', async ({
  page,
  server,
}) => {
  const vendor = await callApi<{ id: number }>(server, 'counterparties:create', {
    name: 'Hosting A/S',
  })
  await callApi(server, 'agreements:create', { counterparty_id: vendor.id, type: 'dpa' })
  await openApp(page, server)
  await page.getByRole('link', { name: 'Modparter' }).click()
  await page.getByRole('row', { name: /Hosting A\/S/ }).click()
  await page.getByRole('button', { name: 'Slet' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Slet' }).click()
  await expect(dialog.getByText('har stadig aftaler')).toBeVisible()
  await screenshot(page, 'counterparty-delete-confirm')
  await dialog.getByRole('button', { name: 'Slet alt' }).click()
  await expect(page).toHaveURL(/#\/counterparties$/)
  await expect(page.getByText('Registret er tomt. Opret den første modpart.')).toBeVisible()
})

test('the language switch changes the UI and is remembered', async ({ page, server }) => {
  await callApi(server, 'counterparties:create', {
    name: 'Beta Cloud Inc.',
    role: 'processor',
    country: 'US',
  })
  await openApp(page, server)
  await page.getByRole('link', { name: 'Modparter' }).click()
  const row = page.getByRole('row', { name: /Beta Cloud/ })
  await expect(row).toContainText('Databehandler')
  await expect(row).toContainText('USA')
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('link', { name: 'Counterparties' })).toBeVisible()
  // The rows in view are drawn again in the new language, not only the frame around them.
  await expect(row).toContainText('Processor')
  await expect(row).toContainText('United States')
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByText('not legal advice')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible()
  await screenshot(page, 'dashboard-english')
})

test('the demo offer loads the demo register', async ({ page, server }) => {
  await openApp(page, server)
  await page.getByRole('link', { name: 'Modparter' }).click()
  await page.getByRole('button', { name: 'Indlæs demoregistret' }).click()
  await expect(page.getByTestId('demo-offer')).toBeHidden()
  await expect(page.getByTestId('counterparty-count')).not.toHaveText(/^(0|1) modpart/)
  await expect(page.getByRole('row').nth(1)).not.toBeEmpty()
  await screenshot(page, 'counterparties-demo')
})
