import { PAGE_MARGINS_MM } from './page-setup'

const m = PAGE_MARGINS_MM

/** The report's colours, for the HTML's stylesheet and the PDF alike. */
export const REPORT_COLOURS = {
  ink: '#1d2329',
  accent: '#1d3b5a',
  heading: '#3c4a57',
  muted: '#5f6b76',
  border: '#c9d1d9',
  rule: '#dde3e8',
  headerRule: '#9aa7b3',
  headerFill: '#eef2f6',
  runningText: '#555555',
  severity: { critical: '#b3261e', high: '#d3541a', medium: '#b8860b', low: '#6b7c8c' },
} as const

const c = REPORT_COLOURS

/** One rule per severity, e.g. `.sev.critical { background: #b3261e; }`. */
const severityRules = (declaration: (colour: string) => string, selector: string) =>
  Object.entries(c.severity)
    .map(([severity, colour]) => `${selector}.${severity} { ${declaration(colour)} }`)
    .join('\n')

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
  color: ${c.ink};
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
h3 { font-size: 8.5pt; margin: 2.5mm 0 1mm; color: ${c.heading}; text-transform: uppercase; letter-spacing: 0.03em; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; overflow-wrap: anywhere; }
p, li, dd, dt, span, td, th { overflow-wrap: anywhere; word-break: normal; }
.muted { color: ${c.muted}; }
.small { font-size: 7.5pt; }

.title-block { border-bottom: 1.5pt solid ${c.accent}; padding-bottom: 3mm; margin-bottom: 4mm; }
.title-block .org { font-size: 10pt; font-weight: bold; color: ${c.accent}; }
.disclaimer { margin-top: 2mm; font-size: 7.5pt; color: ${c.muted}; }
.filters { margin-top: 1.5mm; }

.summary { break-after: page; page-break-after: always; }
.figures { display: flex; gap: 3mm; margin: 3mm 0 5mm; }
.figure { flex: 1 1 0; border: 0.75pt solid ${c.border}; border-radius: 1.5mm; padding: 2mm 3mm; min-width: 0; }
.figure .n { display: block; font-size: 16pt; font-weight: bold; line-height: 1.1; }
.figure .l { display: block; font-size: 7.5pt; color: ${c.muted}; }
${severityRules((colour) => `border-left: 3pt solid ${colour};`, '.figure')}

table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 1mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 0.8mm 1.5mm; overflow-wrap: anywhere; }
th { font-size: 7.5pt; font-weight: bold; color: ${c.heading}; background: ${c.headerFill}; border-bottom: 0.75pt solid ${c.headerRule}; }
td { border-bottom: 0.5pt solid ${c.rule}; }
td.date, th.date { white-space: nowrap; }

.cp { margin-top: 5mm; padding-top: 2mm; border-top: 1pt solid ${c.accent}; break-inside: avoid; page-break-inside: avoid; }
.cp-head { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
.cp .meta { margin-top: 0.8mm; color: ${c.heading}; }
.cp .meta b { font-weight: 600; color: ${c.ink}; }
.none { color: ${c.muted}; font-style: italic; }

.sev { display: inline-block; min-width: 14mm; padding: 0 1.2mm; border-radius: 1mm; font-size: 7pt; font-weight: bold; color: #fff; text-align: center; }
${severityRules((colour) => `background: ${colour};`, '.sev')}
ul.warnings { list-style: none; padding: 0; }
ul.warnings li { break-inside: avoid; page-break-inside: avoid; padding: 0.8mm 0; border-bottom: 0.5pt solid ${c.rule}; }
ul.warnings .ref { display: block; font-size: 7pt; color: ${c.muted}; }
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
  const box = `font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7.5pt; color: ${c.runningText};`
  return `@media print { @page {
  @top-left { content: ${q(header.organisation)}; ${box} font-weight: bold; }
  @top-center { content: ${q(header.title)}; ${box} }
  @top-right { content: ${q(header.date)}; ${box} }
  @bottom-right { content: ${q(header.page)} " " counter(page) " / " counter(pages); ${box} }
} }`
}
