/**
 * The agreement status report as a service: read the register, ask the engine for warnings and
 * dates, build the report model, and draw it as HTML or as PDF.
 */
import { upcoming } from '../../compliance'
import type { ReportFilters } from '../../../preload/contract'
import type { ServiceContext } from '../context'
import { counterpartyIdsMatching } from '../counterparties'
import { languageOf, readRegisterView } from '../register-view'
import type { Language } from '../vocabulary'
import { buildReportModel, type ReportModel } from './model'
import { renderReportPdf } from './pdf'
import { reportModelHtml } from './render'

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

async function buildReport(
  ctx: ServiceContext,
  input: ReportInput,
): Promise<{ model: ReportModel; today: string }> {
  const view = await readRegisterView(ctx)
  const { filters } = input
  const matching = LIST_ONLY(filters) ? new Set(await counterpartyIdsMatching(ctx, filters)) : null
  const dates = upcoming(view.register, view.today, view.settings, LOOKAHEAD_DAYS)
  const model = buildReportModel(view.register, view.warnings, dates, {
    language: languageOf(input.language, view.settings),
    filters,
    matching,
    organisation: view.settings.organisation.name,
    today: view.today,
  })
  return { model, today: view.today }
}

/** `statusrapport-2026-11-16.pdf` in Danish, `status-report-2026-11-16.pdf` in English. */
const pdfFileName = (language: Language, today: string) =>
  `${language === 'da' ? 'statusrapport' : 'status-report'}-${today}.pdf`

export async function reportHtml(ctx: ServiceContext, input: ReportInput): Promise<string> {
  return reportModelHtml((await buildReport(ctx, input)).model)
}

export async function reportPdf(
  ctx: ServiceContext,
  input: ReportInput,
): Promise<{ file_name: string; bytes: Uint8Array }> {
  const { model, today } = await buildReport(ctx, input)
  return {
    file_name: pdfFileName(model.language, today),
    bytes: await renderReportPdf(model),
  }
}
