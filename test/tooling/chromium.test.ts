/**
 * The test Chromium (scripts/chromium.ts): a system Chromium where there is one, otherwise the one
 * inside @sparticuz/chromium, which must start and print a page with Danish letters on a machine
 * that has nothing installed beyond `npm ci`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import {
  chromiumExecutable,
  launchOptions,
  SYSTEM_CHROMIUM_OVERRIDE,
  systemChromium,
} from '../../scripts/chromium'
import { pageTexts } from '../report/pdf-tools'
import { tempDir } from '../helpers/temp-register'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const noSystemChromium = { ...process.env, [SYSTEM_CHROMIUM_OVERRIDE]: '' }

describe('the Chromium that tests drive', () => {
  it('is the system one where an executable is found', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const fake = path.join(dir, 'chromium')
    fs.writeFileSync(fake, '')
    const env = { ...process.env, [SYSTEM_CHROMIUM_OVERRIDE]: fake }
    // Not executable yet: not a Chromium.
    expect(systemChromium(env)).toBeNull()
    fs.chmodSync(fake, 0o755)
    expect(await chromiumExecutable(env)).toMatchObject({ path: fake, source: 'system' })
  })

  it.runIf(process.platform === 'linux')(
    'is the one inside @sparticuz/chromium where there is none, and it prints æ, ø and å, with its own fonts where the system has none',
    async () => {
      expect(systemChromium(noSystemChromium)).toBeNull()
      // As on a bare Linux: no system font settings, so the fonts unpacked with Chromium are used.
      const found = await chromiumExecutable(noSystemChromium, '/nonexistent/fonts.conf')
      expect(found.source).toBe('npm package @sparticuz/chromium')
      expect(fs.statSync(found.path).isFile()).toBe(true)
      expect(found.env.FONTCONFIG_PATH).toBeDefined()
      const browser = await chromium.launch(launchOptions(found))
      const dir = tempDir()
      dirs.push(dir)
      try {
        const page = await browser.newPage()
        await page.setContent('<p>Blåbærgrød på Ærø, Ditmer A/S</p>')
        const file = path.join(dir, 'page.pdf')
        fs.writeFileSync(file, await page.pdf())
        expect((await pageTexts(file)).join('\n')).toContain('Blåbærgrød på Ærø, Ditmer A/S')
      } finally {
        await browser.close()
      }
    },
    120_000,
  )
})
