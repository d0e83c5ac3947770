/** Small steps the flow specs share: picking from Mantine's selects. */
import { expect, type Page } from '@playwright/test'

/** Types into a searchable Mantine Select or MultiSelect and picks the option. */
export async function pick(
  page: Page,
  label: string,
  typed: string,
  option: string,
): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).fill(typed)
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** Opens a Mantine Select and picks the option. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** Types a date the Danish way into a date field. */
export async function typeDate(page: Page, label: string, date: string): Promise<void> {
  const field = page.getByRole('textbox', { name: label, exact: true })
  await field.fill(date)
  await field.blur()
  await expect(field).not.toHaveValue('')
}
