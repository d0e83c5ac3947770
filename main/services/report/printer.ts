/**
 * Printing the report's HTML to PDF. The printer is an interface so the same report prints through
 * Electron's `webContents.printToPDF` in the app and through Chromium (Playwright) in browser mode
 * and tests; this file imports neither.
 *
 * The running header and footer (our organisation, the title, the date, "Page 1 / N") are the
 * print engine's header and footer templates. The HTML also carries them as CSS page-margin boxes
 * for someone who prints the preview from a browser; `printReportPdf` removes those first so they
 * do not appear twice.
 */

export interface PdfPageSetup {
  pageSize: 'A4'
  /** Page margins in millimetres; the header and footer templates are drawn inside them. */
  marginsMm: { top: number; right: number; bottom: number; left: number }
  displayHeaderFooter: boolean
  /** HTML with the print engine's `pageNumber`, `totalPages` and `date` classes. */
  headerTemplate: string
  footerTemplate: string
  printBackground: boolean
}

export interface ReportPrinter {
  /** A PDF of `html`, a complete self-contained document (no scripts, no network). */
  printToPdf(html: string, setup: PdfPageSetup): Promise<Uint8Array>
}

/** What the header and footer show; the report writes it into its HTML as a meta element. */
export interface RunningHeader {
  organisation: string
  title: string
  date: string
  page: string
  footnote: string
}

export const RUNNING_HEADER_META = 'dpa-desk-running-header'
export const MARGIN_BOXES_ID = 'dpa-desk-margin-boxes'
export const PAGE_MARGINS_MM = { top: 20, right: 14, bottom: 18, left: 14 } as const

/** Text, a number or nothing, safe inside HTML text and attribute values. */
export const escapeHtml = (value: string | number | null | undefined): string =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

/** Templates are rendered without the page's CSS: every style is inline, sizes are explicit. */
function templates(header: RunningHeader): { headerTemplate: string; footerTemplate: string } {
  const box =
    `font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:7.5pt;color:#555;` +
    `width:100%;margin:0 ${PAGE_MARGINS_MM.right}mm 0 ${PAGE_MARGINS_MM.left}mm;` +
    `display:flex;justify-content:space-between;gap:6mm;-webkit-print-color-adjust:exact;`
  const cell = 'white-space:nowrap;overflow:hidden;text-overflow:ellipsis;'
  return {
    headerTemplate:
      `<div style="${box}border-bottom:0.5pt solid #bbb;padding-bottom:1.5mm;">` +
      `<span style="${cell}font-weight:bold;">${escapeHtml(header.organisation)}</span>` +
      `<span style="${cell}">${escapeHtml(header.title)}</span>` +
      `<span style="${cell}">${escapeHtml(header.date)}</span></div>`,
    footerTemplate:
      `<div style="${box}">` +
      `<span style="${cell}">${escapeHtml(header.footnote)}</span>` +
      `<span style="white-space:nowrap;">${escapeHtml(header.page)} ` +
      `<span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  }
}

export function readRunningHeader(html: string): RunningHeader {
  const match = new RegExp(`<meta name="${RUNNING_HEADER_META}" content="([^"]*)">`).exec(html)
  const fallback = { organisation: '', title: '', date: '', page: '', footnote: '' }
  if (!match?.[1]) return fallback
  const json = match[1]
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
  return { ...fallback, ...(JSON.parse(json) as Partial<RunningHeader>) }
}

/** The report as a PDF: A4, the running header and footer on every page. */
export async function printReportPdf(html: string, printer: ReportPrinter): Promise<Uint8Array> {
  const header = readRunningHeader(html)
  const withoutMarginBoxes = html.replace(
    new RegExp(`<style id="${MARGIN_BOXES_ID}">[\\s\\S]*?</style>`),
    '',
  )
  return printer.printToPdf(withoutMarginBoxes, {
    pageSize: 'A4',
    marginsMm: { ...PAGE_MARGINS_MM },
    displayHeaderFooter: true,
    ...templates(header),
    printBackground: true,
  })
}
