/**
 * What the HTML and the PDF of the report share about the printed page: A4, its margins, and the
 * running header and footer (our organisation, the title, the date, "Page i / N") drawn in them.
 */

/** What the header and footer show; the HTML also carries it as a meta element. */
export interface RunningHeader {
  organisation: string
  title: string
  date: string
  page: string
  footnote: string
}

export const RUNNING_HEADER_META = 'dpa-desk-running-header'
export const MARGIN_BOXES_ID = 'dpa-desk-margin-boxes'
/** Page margins in millimetres; the running header and footer are drawn inside them. */
export const PAGE_MARGINS_MM = { top: 20, right: 14, bottom: 18, left: 14 } as const

/** Text, a number or nothing, safe inside HTML text and attribute values. */
export const escapeHtml = (value: string | number | null | undefined): string =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

/** The running header an HTML report carries in its meta element. */
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
