/**
 * Times the reports and spreadsheets of issue 5 on generated registers in real SQLite files:
 * the PDF status report for 2,000 counterparties, and XLSX export and import of 20,000 rows.
 * `npm run bench` calls `benchReports()`; run alone with `npx tsx scripts/bench-reports.ts`.
 * Prints medians, not pass/fail: timings depend on the machine (DESIGN §8).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { openDatabase } from '../db'
import { makeContext, type ServiceContext } from '../main/services/context'
import { readRegisterView } from '../main/services/register-view'
import { reportHtml, reportPdf } from '../main/services/report'
import { buildSheets, writeXlsx } from '../main/services/spreadsheet-export'
import { commitImport, previewImport } from '../main/services/supplier-import'
import { reportFilters } from '../preload/contract'
import { median } from './bench-stats'
import { GENERATED_TODAY } from './generate-register'
import { seedGeneratedRegister } from './seed-register'

export interface ReportsBenchOptions {
  /** Counterparties in the PDF report. */
  reportSize?: number
  /** Rows in the spreadsheet that is exported and imported. */
  spreadsheetRows?: number
  runs?: number
  seed?: number
  log?: (line: string) => void
}

export interface ReportsBenchResult {
  pdf: {
    counterparties: number
    pages: number
    bytes: number
    html_median_ms: number
    pdf_median_ms: number
  }
  xlsx_export: { rows: number; bytes: number; median_ms: number }
  xlsx_workbook: { rows: number; sheets: number; bytes: number; ms: number }
  xlsx_import: { rows: number; preview_median_ms: number; commit_median_ms: number }
  runs: number
  peak_rss_mb: number
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now()
  const value = await work()
  return { ms: performance.now() - started, value }
}

/** A fresh register file in `dir`, its clock set to the generator's today. */
async function openRegister(dir: string, name: string) {
  const db = await openDatabase(path.join(dir, name))
  const ctx: ServiceContext = makeContext(
    db,
    'bench',
    () => new Date(`${GENERATED_TODAY}T12:00:00Z`),
  )
  return { db, ctx }
}

const ALL = { filters: reportFilters.parse({}), language: 'en' as const }

async function benchPdf(dir: string, size: number, runs: number, seed: number) {
  const { db, ctx } = await openRegister(dir, 'report.db')
  try {
    await seedGeneratedRegister(ctx, size, seed)
    const html: number[] = []
    const pdf: number[] = []
    let bytes: Uint8Array = new Uint8Array()
    await reportPdf(ctx, ALL) // warm-up: loads pdfmake and the fonts
    for (let run = 0; run < runs; run++) {
      html.push((await timed(() => reportHtml(ctx, ALL))).ms)
      const printed = await timed(() => reportPdf(ctx, ALL))
      pdf.push(printed.ms)
      bytes = printed.value.bytes
    }
    const pages =
      Buffer.from(bytes)
        .toString('latin1')
        .match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
    return {
      counterparties: size,
      pages,
      bytes: bytes.length,
      html_median_ms: median(html),
      pdf_median_ms: median(pdf),
    }
  } finally {
    await db.close()
  }
}

async function benchSpreadsheets(dir: string, rows: number, runs: number, seed: number) {
  const source = await openRegister(dir, 'spreadsheet.db')
  try {
    await seedGeneratedRegister(source.ctx, rows, seed)
    const view = await readRegisterView(source.ctx)
    const sheets = buildSheets(view.register, view.warnings, 'en')
    const counterpartySheet = sheets.filter((sheet) => sheet.key === 'counterparties')
    const exports: number[] = []
    let file: Buffer = Buffer.alloc(0)
    for (let run = 0; run < runs; run++) {
      const written = await timed(() => writeXlsx(counterpartySheet, 'en'))
      exports.push(written.ms)
      file = written.value
    }
    const workbook = await timed(() => writeXlsx(sheets, 'en'))
    const previews: number[] = []
    const commits: number[] = []
    for (let run = 0; run < runs; run++) {
      const target = await openRegister(dir, `import-${run}.db`)
      try {
        const upload = { file_name: 'suppliers.xlsx', bytes: file }
        const preview = await timed(() => previewImport(target.ctx, upload))
        previews.push(preview.ms)
        const hash = preview.value.preview_hash
        const committed = await timed(() =>
          commitImport(target.ctx, { ...upload, preview_hash: hash }),
        )
        if (committed.value.created.length !== rows) {
          throw new Error(`imported ${committed.value.created.length} of ${rows} rows`)
        }
        commits.push(committed.ms)
      } finally {
        await target.db.close()
      }
    }
    return {
      xlsx_export: { rows, bytes: file.length, median_ms: median(exports) },
      xlsx_workbook: {
        rows: sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0),
        sheets: sheets.length,
        bytes: workbook.value.length,
        ms: workbook.ms,
      },
      xlsx_import: {
        rows,
        preview_median_ms: median(previews),
        commit_median_ms: median(commits),
      },
    }
  } finally {
    await source.db.close()
  }
}

const ms = (value: number) => `${value.toFixed(0)} ms`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export async function benchReports(options: ReportsBenchOptions = {}): Promise<ReportsBenchResult> {
  const {
    reportSize = 2_000,
    spreadsheetRows = 20_000,
    runs = 3,
    seed = 42,
    log = console.log,
  } = options
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dpa-desk-bench-'))
  try {
    log(`reports and spreadsheets, today ${GENERATED_TODAY}, seed ${seed}, median of ${runs} runs`)
    const pdf = await benchPdf(dir, reportSize, runs, seed)
    log(
      `PDF status report, ${pdf.counterparties} counterparties: ${ms(pdf.pdf_median_ms)} ` +
        `(HTML alone ${ms(pdf.html_median_ms)}; ${pdf.pages} pages, ${mb(pdf.bytes)})`,
    )
    const sheets = await benchSpreadsheets(dir, spreadsheetRows, runs, seed)
    log(
      `XLSX export, ${sheets.xlsx_export.rows} rows: ${ms(sheets.xlsx_export.median_ms)} ` +
        `(${mb(sheets.xlsx_export.bytes)})`,
    )
    log(
      `XLSX import, ${sheets.xlsx_import.rows} rows: preview ${ms(sheets.xlsx_import.preview_median_ms)}, ` +
        `commit ${ms(sheets.xlsx_import.commit_median_ms)}`,
    )
    log(
      `XLSX workbook of the whole register (${sheets.xlsx_workbook.rows} rows in ` +
        `${sheets.xlsx_workbook.sheets} sheets): ${ms(sheets.xlsx_workbook.ms)} (one run, ` +
        `${mb(sheets.xlsx_workbook.bytes)})`,
    )
    const peak_rss_mb = process.resourceUsage().maxRSS / 1024
    log(`peak RSS ${peak_rss_mb.toFixed(0)} MB`)
    return { pdf, ...sheets, runs, peak_rss_mb }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchReports()
}
