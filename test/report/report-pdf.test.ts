/**
 * The report printed to PDF by Debian's Chromium, then read back with poppler: the text is there,
 * every page carries the running header and "Page i / N", and nothing runs off the page.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../main/services/handlers'
import { createRecord } from '../../main/services/records'
import { loadRegister } from '../../main/services/register-io'
import { reportHtml, reportPdf } from '../../main/services/report'
import {
  createChromiumPrinter,
  type ChromiumPrinter,
} from '../../main/services/report/chromium-printer'
import { PAGE_MARGINS_MM } from '../../main/services/report/printer'
import { reportFilters } from '../../preload/contract'
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

let printer: ChromiumPrinter
let reg: TempRegister
let out: string
beforeAll(() => {
  printer = createChromiumPrinter()
})
afterAll(async () => {
  await printer.close()
})
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
  const { bytes } = await reportPdf(reg.ctx, { filters: ALL, language }, printer)
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

function expectNoInkInSideMargins(pdf: string, pages: number[]): void {
  const dpi = 50
  const margin = (mm: number) => Math.floor(((mm - 1) / 25.4) * dpi)
  for (const page of renderPages(pdf, out, pages, dpi)) {
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
    const pages = pageTexts(pdf)
    const total = pageCount(pdf)
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
    expect(outside(words(pdf, 1, total))).toEqual([])
    expectNoInkInSideMargins(
      pdf,
      Array.from({ length: total }, (_, i) => i + 1),
    )
  })

  it('prints 2,000 counterparties: every page numbered to the end, names in order, nothing cut off', async () => {
    await seedGeneratedRegister(reg.ctx, 2000)
    const pdf = await printed('da')
    const total = pageCount(pdf)
    expect(total).toBeGreaterThan(500)
    const pages = pageTexts(pdf)
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
    for (const page of sample) expect(outside(words(pdf, page, page)), `page ${page}`).toEqual([])
    expectNoInkInSideMargins(pdf, sample)
  }, 180_000)

  it('prints page numbers from its own CSS when a browser prints the HTML without templates', async () => {
    await seedGeneratedRegister(reg.ctx, 20)
    const html = await reportHtml(reg.ctx, { filters: ALL, language: 'en' })
    const bytes = await printer.printToPdf(html, {
      pageSize: 'A4',
      marginsMm: { ...PAGE_MARGINS_MM },
      displayHeaderFooter: false,
      headerTemplate: '',
      footerTemplate: '',
      printBackground: true,
    })
    const file = path.join(out, 'browser.pdf')
    fs.writeFileSync(file, bytes)
    const total = pageCount(file)
    pageTexts(file).forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} / ${total}`)
      expect(text).toContain('Ditmer A/S')
    })
  })

  it("serves the PDF through the 'reports:pdf' channel when the host provides a printer", async () => {
    await seedGeneratedRegister(reg.ctx, 5)
    const session = {
      'recovery:status': reg.handlers['recovery:status'],
      'backups:list': reg.handlers['backups:list'],
      'backups:create': reg.handlers['backups:create'],
      'backups:restore': reg.handlers['backups:restore'],
    }
    const handlers = createHandlers(reg.ctx, session, { printer })
    const result = await handlers['reports:pdf']({
      filters: { ...ALL, status: 'active' },
      language: 'da',
    })
    expect(result.file_name).toBe('statusrapport-2026-11-16.pdf')
    const bytes = Buffer.from(result.base64, 'base64')
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })
})
