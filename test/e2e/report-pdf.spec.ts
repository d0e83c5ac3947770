/**
 * The status report as PDF from the built app in browser mode: the button gives a PDF download
 * that names our organisation and the counterparties the list shows, and no others. The PDF is
 * read back with pdf.js (test/report/pdf-tools.ts), so no system tool is needed.
 */
import { pageTexts } from '../report/pdf-tools'
import { callApi, expect, openApp, screenshot, test } from './fixtures'
import { pick } from './helpers'

const squash = (text: string) => text.replace(/\s+/g, '')

test('"Hent som PDF" downloads the report with the organisation and the listed counterparties', async ({
  page,
  server,
}) => {
  await callApi(server, 'demo:create', {})
  const { rows } = await callApi<{ rows: { name: string }[] }>(server, 'counterparties:list', {
    owner: 'IT-drift',
    limit: 500,
  })
  expect(rows.length).toBeGreaterThan(1)

  await openApp(page, server)
  await page.getByRole('link', { name: 'Modparter' }).click()
  await pick(page, 'Ansvarlig', 'IT-d', 'IT-drift')
  await expect(page.getByTestId('counterparty-count')).toHaveAttribute('aria-busy', 'false')
  await page.getByRole('button', { name: 'Statusrapport' }).click()
  await expect(page.frameLocator('[data-testid="status-report"]').locator('body')).toContainText(
    'Nordhost',
  )
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Hent som PDF' }).click()
  const pdf = await download
  expect(pdf.suggestedFilename()).toMatch(/^statusrapport-\d{4}-\d{2}-\d{2}\.pdf$/)
  const text = squash((await pageTexts(await pdf.path())).join('\n'))
  expect(text).toContain(squash('Ditmer A/S'))
  expect(text).toContain(squash('Statusrapport for aftaler'))
  expect(text).toContain(squash('Ansvarlig: IT-drift'))
  for (const { name } of rows) expect(text).toContain(squash(name))
  // Hotjar has another owner: the PDF covers what the list shows.
  expect(text).not.toContain('Hotjar')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await screenshot(page, 'report-pdf-downloaded')
})
