/**
 * The report drawn as PDF by pdfmake, then read back with pdf.js: the text is there, every page
 * carries the running header and "Page i / N", and nothing runs off the page. The HTML's own print
 * rules are checked in the test Chromium (scripts/chromium.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../main/services/handlers'
import { createRecord } from '../../main/services/records'
import { loadRegister } from '../../main/services/register-io'
import { reportHtml, reportPdf } from '../../main/services/report'
import { PAGE_MARGINS_MM } from '../../main/services/report/page-setup'
import { reportFilters } from '../../preload/contract'
import { chromiumExecutable, launchOptions } from '../../scripts/chromium'
import { seedGeneratedRegister } from '../../scripts/seed-register'
import { openTempRegister, tempDir, type TempRegister } from '../helpers/temp-register'
import {
  A4_POINTS,
  inkInColumns,
  mmToPoints,
  pageCount,
  pageTexts,
  renderPages,
  words,
  type Word,
} from './pdf-tools'

let reg: TempRegister
let out: string
beforeEach(async () => {
  // The generated register's dates are relative to 16 Nov 2026.
  reg = await openTempRegister(() => new Date('2026-11-16T12:00:00Z'))
  out = tempDir('dpa-desk-report-')
})
afterEach(async () => {
  await reg.close()
  fs.rmSync(out, { recursive: true, force: true })
})

const ALL = reportFilters.parse({})
const LONG_WORD = `Unbrokenname${'x'.repeat(90)}Endofname`
const LONG_URL = `https://example.com/${'very-long-path-segment/'.repeat(8)}index.html`

async function printed(language: 'da' | 'en' = 'en'): Promise<string> {
  const { bytes } = await reportPdf(reg.ctx, { filters: ALL, language })
  const file = path.join(out, 'report.pdf')
  fs.writeFileSync(file, bytes)
  return file
}

const squash = (text: string) => text.replace(/\s+/g, '')

/** Words outside the printable box: the page minus its side margins, with a point of slack. */
function outside(all: Word[]): Word[] {
  const left = mmToPoints(PAGE_MARGINS_MM.left) - 1
  const right = A4_POINTS.width - mmToPoints(PAGE_MARGINS_MM.right) + 1
  return all.filter(
    (w) => w.xMin < left || w.xMax > right || w.yMin < 0 || w.yMax > A4_POINTS.height,
  )
}

async function expectNoInkInSideMargins(pdf: string, pages: number[]): Promise<void> {
  const dpi = 50
  const margin = (mm: number) => Math.floor(((mm - 1) / 25.4) * dpi)
  for (const page of await renderPages(pdf, out, pages, dpi)) {
    expect(fs.statSync(page.file).size, page.file).toBeGreaterThan(1000)
    expect(inkInColumns(page, 0, margin(PAGE_MARGINS_MM.left)), `left edge of ${page.file}`).toBe(0)
    expect(
      inkInColumns(page, page.width - margin(PAGE_MARGINS_MM.right), page.width),
      `right edge of ${page.file}`,
    ).toBe(0)
  }
}

describe('the agreement status report as PDF', () => {
  it('prints 20 counterparties with their names, the running header and "Page i / N" on every page, and nothing cut off', async () => {
    await seedGeneratedRegister(reg.ctx, 20)
    await createRecord(reg.ctx, 'counterparty', {
      name: LONG_WORD,
      legal_name: `${LONG_WORD} Holding ApS`,
      website: LONG_URL,
      role: 'processor',
      kinds: ['supplier', 'processor'],
      notes: 'x',
    })
    const pdf = await printed('en')
    const pages = await pageTexts(pdf)
    const total = await pageCount(pdf)
    expect(pages).toHaveLength(total)
    expect(total).toBeGreaterThan(2)
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain('Ditmer A/S')
      expect(text, `page ${index + 1}`).toContain('Agreement status report')
      expect(text, `page ${index + 1}`).toContain('Status as of 16 November 2026')
      // Exactly once: the CSS margin boxes were removed in favour of the print templates.
      expect(
        text.match(new RegExp(`Page ${index + 1} / ${total}\\b`, 'g')),
        `page ${index + 1}`,
      ).toHaveLength(1)
    })
    const all = pages.join('\n')
    expect(pages[0]).toContain('Summary')
    expect(pages[0]).toMatch(/Critical[\s\S]*High[\s\S]*Medium[\s\S]*Low/)
    expect(pages[0]).toContain('Falling due within 90 days'.toUpperCase())
    const { counterparties } = await loadRegister(reg.ctx)
    for (const cp of counterparties) expect(squash(all)).toContain(squash(cp.name))
    // The long name and URL wrap inside their column rather than running off the page.
    expect(squash(all)).toContain(LONG_WORD)
    expect(squash(all)).toContain(squash(LONG_URL))
    expect(outside(await words(pdf, 1, total))).toEqual([])
    await expectNoInkInSideMargins(
      pdf,
      Array.from({ length: total }, (_, i) => i + 1),
    )
  })

  it('prints 2,000 counterparties: every page numbered to the end, names in order, nothing cut off', async () => {
    await seedGeneratedRegister(reg.ctx, 2000)
    const pdf = await printed('da')
    const total = await pageCount(pdf)
    expect(total).toBeGreaterThan(500)
    const pages = await pageTexts(pdf)
    expect(pages).toHaveLength(total)
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain(`Side ${index + 1} / ${total}`)
      expect(text, `page ${index + 1}`).toContain('Statusrapport for aftaler')
    })
    const all = squash(pages.join('\n'))
    const { counterparties } = await loadRegister(reg.ctx)
    expect(all).toContain(squash('Modparter (2000)'))
    const sorted = counterparties
      .map((c) => c.name)
      .sort(new Intl.Collator('da', { numeric: true }).compare)
    const first = sorted[0] ?? ''
    const last = sorted[sorted.length - 1] ?? ''
    expect(all.indexOf(squash(first))).toBeLessThan(all.lastIndexOf(squash(last)))
    expect(squash(pages[total - 1] ?? '')).toContain(squash(last))
    for (const cp of counterparties.filter((_, i) => i % 97 === 0)) {
      expect(all).toContain(squash(cp.name))
    }
    const sample = [1, 2, Math.floor(total / 2), total - 1, total]
    for (const page of sample) {
      expect(outside(await words(pdf, page, page)), `page ${page}`).toEqual([])
    }
    await expectNoInkInSideMargins(pdf, sample)
    // About 70 s on a quiet two-core machine, most of it pdf.js reading 1,000 pages; more when busy.
  }, 360_000)

  it('prints page numbers from its own CSS when a browser prints the HTML without templates', async () => {
    await seedGeneratedRegister(reg.ctx, 20)
    const html = await reportHtml(reg.ctx, { filters: ALL, language: 'en' })
    const browser = await chromium.launch({
      ...launchOptions(await chromiumExecutable()),
    })
    try {
      const page = await browser.newPage({ javaScriptEnabled: false, offline: true })
      await page.setContent(html, { waitUntil: 'load' })
      // What "Print" in a browser does: the page's own @page rules, no header or footer templates.
      const file = path.join(out, 'browser.pdf')
      fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
      const total = await pageCount(file)
      expect(total).toBeGreaterThan(1)
      ;(await pageTexts(file)).forEach((text, index) => {
        expect(text).toContain(`Page ${index + 1} / ${total}`)
        expect(text).toContain('Ditmer A/S')
      })
    } finally {
      await browser.close()
    }
  })

  it("serves the PDF through the 'reports:pdf' channel with no printer or browser from the host", async () => {
    await seedGeneratedRegister(reg.ctx, 5)
    const session = {
      'recovery:status': reg.handlers['recovery:status'],
      'backups:list': reg.handlers['backups:list'],
      'backups:create': reg.handlers['backups:create'],
      'backups:restore': reg.handlers['backups:restore'],
    }
    const handlers = createHandlers(reg.ctx, session)
    const result = await handlers['reports:pdf']({
      filters: { ...ALL, status: 'active' },
      language: 'da',
    })
    expect(result.file_name).toBe('statusrapport-2026-11-16.pdf')
    const bytes = Buffer.from(result.base64, 'base64')
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const file = path.join(out, result.file_name)
    fs.writeFileSync(file, bytes)
    const text = (await pageTexts(file)).join('\n')
    expect(text).toContain('Ditmer A/S')
    expect(text).toContain('Filtre: Status: Aktiv')
  })

  it('draws æ, ø and å in a font embedded in the file, so any viewer shows them', async () => {
    await createRecord(reg.ctx, 'counterparty', {
      name: 'Blåbær Økologi ApS',
      role: 'processor',
      kinds: ['supplier'],
      owner: 'Søren Ærø',
    })
    const pdf = await printed('da')
    const text = (await pageTexts(pdf)).join('\n')
    expect(text).toContain('Blåbær Økologi ApS')
    expect(text).toContain('Søren Ærø')
    expect(text).toContain('ikke juridisk rådgivning')
    const raw = fs.readFileSync(pdf).toString('latin1')
    // A subset of Roboto travels in the file (FontFile2: TrueType); no font is left to the viewer.
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto/)
    expect(raw).toContain('/FontFile2')
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/)
  })
})
