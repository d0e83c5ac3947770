import fs from 'node:fs'
import { callApi, expect, screenshot, startServer, test } from './fixtures'

/** Scribbles over the interior of the file's pages, leaving its header intact. */
function damage(file: string): void {
  const bytes = fs.readFileSync(file)
  const pageSize = bytes.readUInt16BE(16)
  for (let offset = pageSize * 2 + 8; offset < bytes.length - pageSize; offset += pageSize) {
    bytes.fill(0xa5, offset, offset + 64)
  }
  fs.writeFileSync(file, bytes)
}

test('a damaged register opens in recovery mode and comes back from the newest good backup', async ({
  page,
  server,
}) => {
  await callApi(server, 'demo:create', {})
  const backup = await callApi<{ file_name: string }>(server, 'backups:create', {})
  for (let i = 0; i < 200; i++) {
    await callApi(server, 'counterparties:create', { name: `Filler ${i}`, notes: 'x'.repeat(400) })
  }
  // The fixture's own server holds the file open: a second server on a copy plays the restart.
  const copy = `${server.dataDir}/damaged.db`
  fs.copyFileSync(server.dbFile, copy)
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(server.dbFile + suffix))
      fs.copyFileSync(server.dbFile + suffix, copy + suffix)
  }
  const backupDir = `${server.dataDir}/backups`
  fs.copyFileSync(
    `${backupDir}/${backup.file_name}`,
    `${backupDir}/${backup.file_name.replace(/^register-/, 'damaged-')}`,
  )
  damage(copy)

  const restarted = await startServer(copy)
  try {
    await page.goto(restarted.url)
    await expect(page.getByRole('heading', { name: 'Registret er beskadiget' })).toBeVisible()
    await page.getByText('English', { exact: true }).click()
    await expect(page.getByRole('heading', { name: 'The register is damaged' })).toBeVisible()
    await screenshot(page, 'recovery')
    await page.getByRole('button', { name: 'Restore' }).first().click()
    await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click()
    await expect(page.getByText('Restored. The integrity check passed')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'DPA Desk' })).toBeVisible({ timeout: 10_000 })
    const list = await callApi<{ total: number }>(
      { ...server, url: restarted.url },
      'counterparties:list',
      {},
    )
    expect(list.total).toBe(18)
  } finally {
    await restarted.stop()
  }
})

test('a register cut to 0 bytes opens in recovery mode and comes back from its backup', async ({
  page,
  server,
}) => {
  await callApi(server, 'demo:create', {})
  const backup = await callApi<{ file_name: string }>(server, 'backups:create', {})
  // The restart: another register in the same folder, cut to nothing, with its backup beside it.
  const cut = `${server.dataDir}/cut.db`
  fs.writeFileSync(cut, '')
  const backupDir = `${server.dataDir}/backups`
  fs.copyFileSync(
    `${backupDir}/${backup.file_name}`,
    `${backupDir}/${backup.file_name.replace(/^register-/, 'cut-')}`,
  )

  const restarted = await startServer(cut)
  try {
    await page.goto(restarted.url)
    await expect(page.getByRole('heading', { name: 'Registret er beskadiget' })).toBeVisible()
    await expect(page.getByText(/holds no register \(0 bytes/)).toBeVisible()
    await screenshot(page, 'recovery-cut-to-zero')
    await page.getByRole('button', { name: 'Gendan' }).first().click()
    await page.getByRole('dialog').getByRole('button', { name: 'Gendan' }).click()
    await expect(page.getByRole('heading', { name: 'DPA Desk' })).toBeVisible({ timeout: 30_000 })
    const list = await callApi<{ total: number }>(
      { ...server, url: restarted.url },
      'counterparties:list',
      {},
    )
    expect(list.total).toBe(18)
  } finally {
    await restarted.stop()
  }
})
