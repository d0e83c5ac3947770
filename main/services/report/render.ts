/**
 * The agreement status report as one self-contained HTML document (inline CSS, no scripts, no
 * external resources), drawn from the report model: a summary page (open warnings by severity,
 * what falls due in the next 90 days), then one section per counterparty with its role,
 * agreements, data locations, supervision and open warnings. Pure: the same input gives the same
 * bytes.
 */
import type { UpcomingItem, Warning } from '../../compliance'
import type { RegisterSnapshot } from '../register-io'
import {
  buildReportModel,
  type CounterpartyModel,
  type FigureModel,
  type LabelledText,
  type Part,
  type ReportModel,
  type ReportOptions,
  type ReportTable,
  type ReportWarning,
} from './model'
import { escapeHtml, MARGIN_BOXES_ID, RUNNING_HEADER_META } from './page-setup'
import { marginBoxesCss, REPORT_CSS } from './styles'

export function renderReportHtml(
  register: RegisterSnapshot,
  warnings: readonly Warning[],
  upcoming: readonly UpcomingItem[],
  options: ReportOptions,
): string {
  return reportModelHtml(buildReportModel(register, warnings, upcoming, options))
}

export function reportModelHtml(model: ReportModel): string {
  const { header, summary, counterparties } = model
  const parts: string[] = [
    `<!doctype html><html lang="${model.language}"><head><meta charset="utf-8">`,
    `<meta name="${RUNNING_HEADER_META}" content="${escapeHtml(JSON.stringify(header))}">`,
    `<title>${escapeHtml(model.documentTitle)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    `<style id="${MARGIN_BOXES_ID}">${marginBoxesCss(header)}</style>`,
    '</head><body>',
    '<section class="summary">',
    '<header class="title-block">',
    `<div class="org">${escapeHtml(header.organisation)}</div>`,
    `<h1>${escapeHtml(header.title)}</h1>`,
    `<div>${escapeHtml(header.date)}</div>`,
    `<div class="filters muted">${escapeHtml(model.filters)}</div>`,
    `<p class="disclaimer">${escapeHtml(header.footnote)}</p>`,
    '</header>',
    `<h2>${escapeHtml(summary.heading)}</h2>`,
    figuresHtml(summary.figures),
  ]
  if (summary.registerWarnings) {
    parts.push(
      `<h3>${escapeHtml(summary.registerWarnings.heading)}</h3>`,
      warningList(summary.registerWarnings),
    )
  }
  parts.push(
    `<h3 class="section-title">${escapeHtml(summary.dueSoon.heading)}</h3>`,
    tableOrNone(summary.dueSoon),
    '</section>',
    `<main class="counterparties-start"><h2>${escapeHtml(counterparties.heading)}</h2>`,
  )
  if (counterparties.none !== null) parts.push(none(counterparties.none))
  for (const cp of counterparties.sections) parts.push(counterpartySection(cp))
  parts.push('</main></body></html>')
  return parts.join('\n')
}

const none = (text: string) => `<p class="none">${escapeHtml(text)}</p>`

const labelled = (fact: LabelledText) =>
  `<b>${escapeHtml(fact.label)}:</b> ${escapeHtml(fact.text)}`

function figuresHtml(figures: readonly FigureModel[]): string {
  const figure = (f: FigureModel) =>
    `<div class="figure ${f.severity ?? ''}"><span class="n">${f.count}</span>` +
    `<span class="l">${escapeHtml(f.label)}</span></div>`
  return ['<div class="figures">', ...figures.map(figure), '</div>'].join('')
}

const colgroup = (widths: readonly number[]) =>
  `<colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`

function tableHtml({ widths, headers, rows, noWrap }: ReportTable): string {
  const cls = (i: number) => (noWrap.includes(i) ? ' class="date"' : '')
  const th = headers.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('')
  const body = rows
    .map(
      (cells) => `<tr>${cells.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('')
  return `<table>${colgroup(widths)}<thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`
}

const tableOrNone = (part: Part<ReportTable | null>) =>
  part.content ? tableHtml(part.content) : none(part.empty)

function counterpartySection(cp: CounterpartyModel): string {
  const h3 = (part: Part<unknown>) => `<h3>${escapeHtml(part.heading)}</h3>`
  return [
    `<section class="cp" id="cp-${cp.id}">`,
    '<div class="cp-head">',
    `<h2>${escapeHtml(cp.name)}</h2>`,
    cp.facts.length > 0 ? `<p class="muted small">${cp.facts.map(escapeHtml).join(' · ')}</p>` : '',
    `<p class="meta">${cp.meta.map(labelled).join(' · ')}</p>`,
    '</div>',
    h3(cp.agreements),
    tableOrNone(cp.agreements),
    h3(cp.locations),
    tableOrNone(cp.locations),
    cp.subProcessors ? `<p>${labelled(cp.subProcessors)}</p>` : '',
    h3(cp.supervision),
    cp.supervision.content.length > 0
      ? `<p>${cp.supervision.content.map(labelled).join(' · ')}</p>`
      : none(cp.supervision.empty),
    h3(cp.warnings),
    warningList(cp.warnings),
    '</section>',
  ].join('')
}

function warningList(part: Part<readonly ReportWarning[]>): string {
  if (part.content.length === 0) return none(part.empty)
  const items = part.content.map(
    (w) =>
      `<li><span class="sev ${w.severity}">${escapeHtml(w.severityLabel)}</span> ` +
      `<b>${escapeHtml(w.rule)}</b> ${escapeHtml(w.message)}` +
      `<span class="ref">${escapeHtml(w.reference)}</span></li>`,
  )
  return `<ul class="warnings">${items.join('')}</ul>`
}
