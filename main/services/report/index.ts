/**
 * The agreement status report as a service: read the register, ask the engine for warnings and
 * dates, render the HTML, and print it when a printer is at hand.
 */
import { upcoming } from '../../compliance'
import type { ReportFilters } from '../../../preload/contract'
import type { ServiceContext } from '../context'
import { counterpartyIdsMatching } from '../counterparties'
import { ServiceError } from '../errors'
import { languageOf, readRegisterView } from '../register-view'
import type { Language } from '../vocabulary'
import { printReportPdf, type ReportPrinter } from './printer'
import { renderReportHtml } from './render'

export { type ReportPrinter } from './printer'
export { renderReportHtml } from './render'

/** How far ahead the agreements' next renewal and notice deadline are looked up. */
const LOOKAHEAD_DAYS = 3 * 366

export interface ReportInput {
  filters: ReportFilters
  language: Language | null
}

/** The list's filters that only the register's query can apply (search, role, country, warnings). */
const LIST_ONLY = (f: ReportFilters) =>
  f.search !== '' || f.role !== null || f.country !== null || f.warnings !== null

async function buildReport(ctx: ServiceContext, input: ReportInput) {
  const view = await readRegisterView(ctx)
  const { filters } = input
  const matching = LIST_ONLY(filters) ? new Set(await counterpartyIdsMatching(ctx, filters)) : null
  const language = languageOf(input.language, view.settings)
  const dates = upcoming(view.register, view.today, view.settings, LOOKAHEAD_DAYS)
  const html = renderReportHtml(view.register, view.warnings, dates, {
    language,
    filters,
    matching,
    organisation: view.settings.organisation.name,
    today: view.today,
  })
  return { html, language, today: view.today }
}

export async function reportHtml(ctx: ServiceContext, input: ReportInput): Promise<string> {
  return (await buildReport(ctx, input)).html
}

export async function reportPdf(
  ctx: ServiceContext,
  input: ReportInput,
  printer: ReportPrinter | undefined,
): Promise<{ file_name: string; bytes: Uint8Array }> {
  if (!printer) {
    throw new ServiceError(
      'internal',
      'PDF printing is not available here. Open the HTML report and print it from the browser.',
    )
  }
  const { html, language, today } = await buildReport(ctx, input)
  return {
    file_name: `${language === 'da' ? 'statusrapport' : 'status-report'}-${today}.pdf`,
    bytes: await printReportPdf(html, printer),
  }
}
