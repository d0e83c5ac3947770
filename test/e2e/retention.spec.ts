/**
 * Issue 6: a contact person kept past the retention period (R23) can be erased in one click from
 * the warning, after a confirmation; the person is gone and so is the warning.
 */
import { callApi, expect, openApp, screenshot, test } from './fixtures'

test('a contact kept too long is erased from its retention warning in one click', async ({
  page,
  server,
}) => {
  await callApi(server, 'demo:create', {})
  const { rows } = await callApi<{ rows: { id: number }[] }>(server, 'counterparties:list', {
    search: 'Nordhost',
  })
  const nordhost = rows[0]?.id
  await openApp(page, server)
  await page.evaluate((id) => (window.location.hash = `#/counterparties/${id}`), nordhost)
  await page.getByRole('tab', { name: /Advarsler/ }).click()
  const retention = page.getByTestId('warning').filter({ hasText: 'Pia Holm' })
  await expect(retention).toHaveCount(1)
  await retention.getByRole('button', { name: 'Slet personen' }).click()
  await screenshot(page, 'retention-erase-confirm')
  await page.getByRole('dialog').getByRole('button', { name: 'Slet personen' }).click()
  await expect(page.getByText('Pia Holm er slettet, også i historikken.').first()).toBeVisible()
  // The page counts its findings again: the warning has gone with the person.
  await expect(retention).toHaveCount(0)

  const contacts = await callApi<{ rows: { name: string }[] }>(server, 'contacts:list', {
    counterparty_id: nordhost,
  })
  expect(contacts.rows.map((c) => c.name)).not.toContain('Pia Holm')
  const { warnings } = await callApi<{ warnings: { rule: string }[] }>(
    server,
    'compliance:warnings',
    { counterparty_id: nordhost },
  )
  expect(warnings.map((w) => w.rule)).not.toContain('R23')
})
