import { PAGE_MARGINS_MM } from './printer'

const m = PAGE_MARGINS_MM

/**
 * One stylesheet for screen and print. Tables have fixed layouts and every cell may break
 * anywhere, so a long name, URL or unbroken word wraps inside its column instead of running off
 * the page.
 */
export const REPORT_CSS = `
@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
* { box-sizing: border-box; }
html {
  font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif;
  font-size: 8.5pt;
  line-height: 1.35;
  color: #1d2329;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
body { margin: 0; }
@media screen {
  body { max-width: 210mm; margin: 0 auto; padding: 12mm ${m.right}mm; background: #fff; }
}
h1, h2, h3, p, ul { margin: 0; }
h1 { font-size: 16pt; margin-bottom: 1mm; }
h2 { font-size: 11pt; }
h3 { font-size: 8.5pt; margin: 2.5mm 0 1mm; color: #3c4a57; text-transform: uppercase; letter-spacing: 0.03em; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; overflow-wrap: anywhere; }
p, li, dd, dt, span, td, th { overflow-wrap: anywhere; word-break: normal; }
.muted { color: #5f6b76; }
.small { font-size: 7.5pt; }

.title-block { border-bottom: 1.5pt solid #1d3b5a; padding-bottom: 3mm; margin-bottom: 4mm; }
.title-block .org { font-size: 10pt; font-weight: bold; color: #1d3b5a; }
.disclaimer { margin-top: 2mm; font-size: 7.5pt; color: #5f6b76; }
.filters { margin-top: 1.5mm; }

.summary { break-after: page; page-break-after: always; }
.figures { display: flex; gap: 3mm; margin: 3mm 0 5mm; }
.figure { flex: 1 1 0; border: 0.75pt solid #c9d1d9; border-radius: 1.5mm; padding: 2mm 3mm; min-width: 0; }
.figure .n { display: block; font-size: 16pt; font-weight: bold; line-height: 1.1; }
.figure .l { display: block; font-size: 7.5pt; color: #5f6b76; }
.figure.critical { border-left: 3pt solid #b3261e; }
.figure.high { border-left: 3pt solid #d3541a; }
.figure.medium { border-left: 3pt solid #b8860b; }
.figure.low { border-left: 3pt solid #6b7c8c; }

table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 1mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 0.8mm 1.5mm; overflow-wrap: anywhere; }
th { font-size: 7.5pt; font-weight: bold; color: #3c4a57; background: #eef2f6; border-bottom: 0.75pt solid #9aa7b3; }
td { border-bottom: 0.5pt solid #dde3e8; }
td.date, th.date { white-space: nowrap; }

.cp { margin-top: 5mm; padding-top: 2mm; border-top: 1pt solid #1d3b5a; break-inside: avoid; page-break-inside: avoid; }
.cp-head { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
.cp .meta { margin-top: 0.8mm; color: #3c4a57; }
.cp .meta b { font-weight: 600; color: #1d2329; }
.none { color: #5f6b76; font-style: italic; }

.sev { display: inline-block; min-width: 14mm; padding: 0 1.2mm; border-radius: 1mm; font-size: 7pt; font-weight: bold; color: #fff; text-align: center; }
.sev.critical { background: #b3261e; }
.sev.high { background: #d3541a; }
.sev.medium { background: #b8860b; }
.sev.low { background: #6b7c8c; }
ul.warnings { list-style: none; padding: 0; }
ul.warnings li { break-inside: avoid; page-break-inside: avoid; padding: 0.8mm 0; border-bottom: 0.5pt solid #dde3e8; }
ul.warnings .ref { display: block; font-size: 7pt; color: #5f6b76; }
.section-title { margin-top: 4mm; }
.counterparties-start { break-before: page; page-break-before: always; }
`

/**
 * Running header and footer as CSS page-margin boxes, for printing the preview straight from a
 * browser. `printReportPdf` removes this block and uses the print engine's templates instead.
 */
export function marginBoxesCss(header: {
  organisation: string
  title: string
  date: string
  page: string
}): string {
  // `<` is written as a CSS escape so no name can close the <style> element.
  const q = (text: string) =>
    `"${text
      .replace(/\\/g, '\\\\')
      .replace(/"/g, '\\"')
      .replace(/</g, '\\3C ')
      .replace(/[\r\n]+/g, ' ')}"`
  const box = `font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7.5pt; color: #555;`
  return `@media print { @page {
  @top-left { content: ${q(header.organisation)}; ${box} font-weight: bold; }
  @top-center { content: ${q(header.title)}; ${box} }
  @top-right { content: ${q(header.date)}; ${box} }
  @bottom-right { content: ${q(header.page)} " " counter(page) " / " counter(pages); ${box} }
} }`
}
