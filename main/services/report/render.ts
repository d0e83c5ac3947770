/**
 * The agreement status report as one self-contained HTML document (inline CSS, no scripts, no
 * external resources): a summary page (open warnings by severity, what falls due in the next 90
 * days), then one section per counterparty with its role, agreements, data locations, supervision
 * and open warnings. Pure: the same input gives the same bytes.
 */
import type { Counterparty, ReportFilters } from '../../../preload/contract'
import { SEVERITIES, type Severity, type UpcomingItem, type Warning } from '../../compliance'
import { countryDisplayName } from '../country-names'
import type { RegisterSnapshot } from '../register-io'
import {
  ACTIVITY_LABELS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_TYPE_LABELS,
  BASIS_LABELS,
  COUNTERPARTY_STATUS_LABELS,
  DPF_STATUS_LABELS,
  formatDate,
  KIND_LABELS,
  label,
  METHOD_LABELS,
  OPINION_LABELS,
  ROLE_LABELS,
  WARNING_FILTER_LABELS,
  SEVERITY_LABELS,
  UPCOMING_LABELS,
  type Language,
  type Words,
} from '../vocabulary'
import { escapeHtml, MARGIN_BOXES_ID, RUNNING_HEADER_META, type RunningHeader } from './printer'
import { marginBoxesCss, REPORT_CSS } from './styles'

export interface ReportOptions {
  language: Language
  filters: ReportFilters
  /**
   * The counterparties the list's search, role, country and warnings filters select (the register's
   * query works them out); null when none of those is set.
   */
  matching?: ReadonlySet<number> | null
  organisation: string
  /** YYYY-MM-DD: the day the report describes. */
  today: string
  /** Days ahead the summary lists; 90 unless told. */
  horizonDays?: number
}

const T = {
  title: { da: 'Statusrapport for aftaler', en: 'Agreement status report' },
  disclaimer: {
    da: 'Advarslerne er en hjælp til en faglig vurdering, ikke juridisk rådgivning.',
    en: 'The warnings are an aid for human review, not legal advice.',
  },
  organisationMissing: { da: '(organisation ikke angivet)', en: '(organisation not set)' },
  asOf: { da: 'Status pr.', en: 'Status as of' },
  page: { da: 'Side', en: 'Page' },
  filters: { da: 'Filtre', en: 'Filters' },
  search: { da: 'Søgning', en: 'Search' },
  noFilters: { da: 'Alle modparter', en: 'All counterparties' },
  kind: { da: 'Type', en: 'Kind' },
  owner: { da: 'Ansvarlig', en: 'Owner' },
  status: { da: 'Status', en: 'Status' },
  severity: { da: 'Alvor mindst', en: 'Severity at least' },
  summary: { da: 'Overblik', en: 'Summary' },
  counterparties: { da: 'Modparter', en: 'Counterparties' },
  agreements: { da: 'Aftaler', en: 'Agreements' },
  openWarnings: { da: 'Åbne advarsler', en: 'Open warnings' },
  registerWarnings: { da: 'Advarsler om registeret', en: 'Warnings about the register' },
  dueSoon: { da: 'Forfalder inden for {n} dage', en: 'Falling due within {n} days' },
  nothingDue: { da: 'Intet forfalder i perioden.', en: 'Nothing falls due in this period.' },
  date: { da: 'Dato', en: 'Date' },
  what: { da: 'Hvad', en: 'What' },
  counterparty: { da: 'Modpart', en: 'Counterparty' },
  details: { da: 'Detaljer', en: 'Details' },
  noMatch: {
    da: 'Ingen modparter passer til filtrene.',
    en: 'No counterparties match the filters.',
  },
  role: { da: 'Rolle', en: 'Role' },
  kinds: { da: 'Typer', en: 'Kinds' },
  risk: { da: 'Risikopoint', en: 'Risk points' },
  registration: { da: 'CVR/moms', en: 'Reg. no.' },
  agreement: { da: 'Aftale', en: 'Agreement' },
  signed: { da: 'Underskrevet', en: 'Signed' },
  expires: { da: 'Udløber', en: 'Expires' },
  renews: { da: 'fornyes', en: 'renews' },
  noticeDeadline: { da: 'Opsigelsesfrist', en: 'Notice deadline' },
  noAgreements: { da: 'Ingen aftaler registreret.', en: 'No agreements recorded.' },
  locations: {
    da: 'Datalokationer og overførselsgrundlag',
    en: 'Data locations and transfer bases',
  },
  country: { da: 'Land', en: 'Country' },
  activity: { da: 'Aktivitet', en: 'Activity' },
  basis: { da: 'Overførselsgrundlag', en: 'Transfer basis' },
  noLocations: { da: 'Ingen datalokationer registreret.', en: 'No data locations recorded.' },
  subProcessors: { da: 'Underdatabehandlere', en: 'Sub-processors' },
  supervision: { da: 'Tilsyn', en: 'Supervision' },
  latest: { da: 'Seneste', en: 'Latest' },
  received: { da: 'modtaget', en: 'received' },
  nextDue: { da: 'Næste tilsyn', en: 'Next due' },
  noSupervision: { da: 'Intet tilsyn registreret.', en: 'No supervision recorded.' },
  noWarnings: { da: 'Ingen åbne advarsler.', en: 'No open warnings.' },
  due: { da: 'frist', en: 'due' },
  tia: { da: 'TIA', en: 'TIA' },
  verified: { da: 'kontrolleret', en: 'verified' },
  module: { da: 'modul', en: 'module' },
  total: { da: 'i alt', en: 'in total' },
} satisfies Record<string, Words>

const SEVERITY_RANK = new Map<Severity, number>(SEVERITIES.map((s, i) => [s, i]))
const atLeast = (severity: Severity, floor: Severity | null) =>
  floor === null || (SEVERITY_RANK.get(severity) ?? 9) <= (SEVERITY_RANK.get(floor) ?? 9)

function countryLabel(code: string | null, language: Language): string {
  if (!code) return ''
  const name = countryDisplayName(code, language)
  return name ? `${name} (${code})` : code
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number | null): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const row of rows) {
    const k = key(row)
    if (k === null) continue
    const list = map.get(k)
    if (list) list.push(row)
    else map.set(k, [row])
  }
  return map
}

/** Counterparties the filters select, by name in Danish order. */
function selectCounterparties(
  register: RegisterSnapshot,
  warningsByCp: Map<number, Warning[]>,
  filters: ReportFilters,
  matching: ReadonlySet<number> | null,
): Counterparty[] {
  const collator = new Intl.Collator('da', { numeric: true, sensitivity: 'base' })
  return register.counterparties
    .filter(
      (cp) =>
        (matching === null || matching.has(cp.id)) &&
        (filters.kind === null || cp.kinds.includes(filters.kind)) &&
        (filters.owner === null || cp.owner === filters.owner) &&
        (filters.status === null || cp.status === filters.status) &&
        (filters.severity === null || (warningsByCp.get(cp.id)?.length ?? 0) > 0),
    )
    .sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id)
}

export function renderReportHtml(
  register: RegisterSnapshot,
  warnings: readonly Warning[],
  upcoming: readonly UpcomingItem[],
  options: ReportOptions,
): string {
  const { language: l, filters, today } = options
  const t = (key: keyof typeof T) => T[key][l]
  const horizon = options.horizonDays ?? 90
  const shown = warnings.filter((w) => atLeast(w.severity, filters.severity))
  const warningsByCp = groupBy(shown, (w) => w.subject.counterparty_id)
  const selected = selectCounterparties(register, warningsByCp, filters, options.matching ?? null)
  const selectedIds = new Set(selected.map((cp) => cp.id))
  const names = new Map(register.counterparties.map((cp) => [cp.id, cp.name]))
  const everything = Object.values(filters).every((value) => value === null || value === '')
  const registerWarnings = everything ? shown.filter((w) => w.subject.counterparty_id === null) : []
  const inScope = shown.filter(
    (w) => w.subject.counterparty_id !== null && selectedIds.has(w.subject.counterparty_id),
  )
  const organisation = options.organisation.trim() || t('organisationMissing')
  const date = formatDate(today, l)
  const header: RunningHeader = {
    organisation,
    title: t('title'),
    date: `${t('asOf')} ${date}`,
    page: t('page'),
    footnote: t('disclaimer'),
  }
  const context: SectionContext = {
    l,
    t,
    names,
    agreementsByCp: groupBy(register.agreements, (a) => a.counterparty_id),
    locationsByCp: groupBy(register.locations, (x) => x.counterparty_id),
    supervisionsByCp: groupBy(register.supervisions, (s) => s.counterparty_id),
    subsByProcessor: groupBy(register.links, (link) => link.processor_id),
    warningsByCp,
    nextDates: nextDatesByAgreement(upcoming),
    supervisionDue: new Map(
      upcoming
        .filter((u) => u.kind === 'supervision_due' && u.subject.counterparty_id !== null)
        .map((u) => [u.subject.counterparty_id ?? -1, u.date]),
    ),
  }
  const horizonEnd = addDays(today, horizon)
  const dueSoon = upcoming.filter(
    (u) =>
      u.date >= today &&
      u.date <= horizonEnd &&
      u.subject.counterparty_id !== null &&
      selectedIds.has(u.subject.counterparty_id),
  )

  const parts: string[] = []
  parts.push(
    `<!doctype html><html lang="${l}"><head><meta charset="utf-8">`,
    `<meta name="${RUNNING_HEADER_META}" content="${escapeHtml(JSON.stringify(header))}">`,
    `<title>${escapeHtml(`${t('title')} – ${organisation} – ${date}`)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    `<style id="${MARGIN_BOXES_ID}">${marginBoxesCss(header)}</style>`,
    '</head><body>',
    '<section class="summary">',
    '<header class="title-block">',
    `<div class="org">${escapeHtml(organisation)}</div>`,
    `<h1>${escapeHtml(t('title'))}</h1>`,
    `<div>${escapeHtml(header.date)}</div>`,
    `<div class="filters muted">${escapeHtml(filterText(filters, l, t))}</div>`,
    `<p class="disclaimer">${escapeHtml(t('disclaimer'))}</p>`,
    '</header>',
    `<h2>${escapeHtml(t('summary'))}</h2>`,
    figures(
      selected.length,
      inScope.length + registerWarnings.length,
      [...inScope, ...registerWarnings],
      l,
      t,
    ),
  )
  if (registerWarnings.length > 0) {
    parts.push(`<h3>${escapeHtml(t('registerWarnings'))}</h3>`, warningList(registerWarnings, l, t))
  }
  parts.push(
    `<h3 class="section-title">${escapeHtml(t('dueSoon').replace('{n}', String(horizon)))}</h3>`,
    dueTable(dueSoon, context),
    '</section>',
    `<main class="counterparties-start"><h2>${escapeHtml(t('counterparties'))} (${selected.length})</h2>`,
  )
  if (selected.length === 0) parts.push(`<p class="none">${escapeHtml(t('noMatch'))}</p>`)
  for (const cp of selected) parts.push(counterpartySection(cp, context))
  parts.push('</main></body></html>')
  return parts.join('\n')
}

function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

function filterText(
  filters: ReportFilters,
  l: Language,
  t: (key: keyof typeof T) => string,
): string {
  const parts: string[] = []
  if (filters.search) parts.push(`${t('search')}: “${filters.search}”`)
  if (filters.kind) parts.push(`${t('kind')}: ${label(KIND_LABELS, filters.kind, l)}`)
  if (filters.role) parts.push(`${t('role')}: ${label(ROLE_LABELS, filters.role, l)}`)
  if (filters.country) parts.push(`${t('country')}: ${countryLabel(filters.country, l)}`)
  if (filters.warnings) parts.push(WARNING_FILTER_LABELS[filters.warnings][l])
  if (filters.owner) parts.push(`${t('owner')}: ${filters.owner}`)
  if (filters.status) {
    parts.push(`${t('status')}: ${label(COUNTERPARTY_STATUS_LABELS, filters.status, l)}`)
  }
  if (filters.severity) parts.push(`${t('severity')}: ${SEVERITY_LABELS[filters.severity][l]}`)
  return `${t('filters')}: ${parts.length > 0 ? parts.join(' · ') : t('noFilters')}`
}

function figures(
  counterparties: number,
  total: number,
  warnings: readonly Warning[],
  l: Language,
  t: (key: keyof typeof T) => string,
): string {
  const counts = new Map<Severity, number>(SEVERITIES.map((s) => [s, 0]))
  for (const w of warnings) counts.set(w.severity, (counts.get(w.severity) ?? 0) + 1)
  const figure = (cls: string, n: number, text: string) =>
    `<div class="figure ${cls}"><span class="n">${n}</span><span class="l">${escapeHtml(text)}</span></div>`
  return [
    '<div class="figures">',
    figure('', counterparties, t('counterparties')),
    figure('', total, `${t('openWarnings')} ${t('total')}`),
    ...SEVERITIES.map((s) => figure(s, counts.get(s) ?? 0, SEVERITY_LABELS[s][l])),
    '</div>',
  ].join('')
}

interface SectionContext {
  l: Language
  t: (key: keyof typeof T) => string
  names: Map<number, string>
  agreementsByCp: Map<number, RegisterSnapshot['agreements']>
  locationsByCp: Map<number, RegisterSnapshot['locations']>
  supervisionsByCp: Map<number, RegisterSnapshot['supervisions']>
  subsByProcessor: Map<number, RegisterSnapshot['links']>
  warningsByCp: Map<number, Warning[]>
  nextDates: Map<number, { end?: UpcomingItem; notice?: UpcomingItem }>
  supervisionDue: Map<number, string>
}

/** The next end (expiry or renewal) and the next notice deadline of each agreement. */
function nextDatesByAgreement(
  upcoming: readonly UpcomingItem[],
): Map<number, { end?: UpcomingItem; notice?: UpcomingItem }> {
  const map = new Map<number, { end?: UpcomingItem; notice?: UpcomingItem }>()
  for (const item of upcoming) {
    if (item.subject.type !== 'agreement' || item.subject.id === null) continue
    const entry = map.get(item.subject.id) ?? {}
    if (item.kind === 'notice_deadline') entry.notice ??= item
    else if (item.kind === 'expiry' || item.kind === 'renewal') entry.end ??= item
    map.set(item.subject.id, entry)
  }
  return map
}

const colgroup = (widths: number[]) =>
  `<colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`

function table(
  widths: number[],
  headers: string[],
  rows: string[][],
  dateColumns: number[] = [],
): string {
  const th = headers
    .map((h, i) => `<th${dateColumns.includes(i) ? ' class="date"' : ''}>${escapeHtml(h)}</th>`)
    .join('')
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells.map((c, i) => `<td${dateColumns.includes(i) ? ' class="date"' : ''}>${c}</td>`).join('')}</tr>`,
    )
    .join('')
  return `<table>${colgroup(widths)}<thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`
}

function dueTable(items: readonly UpcomingItem[], c: SectionContext): string {
  if (items.length === 0) return `<p class="none">${escapeHtml(c.t('nothingDue'))}</p>`
  return table(
    [19, 22, 22, 37],
    [c.t('date'), c.t('what'), c.t('counterparty'), c.t('details')],
    items.map((u) => [
      escapeHtml(formatDate(u.date, c.l)),
      escapeHtml(UPCOMING_LABELS[u.kind][c.l]),
      escapeHtml(c.names.get(u.subject.counterparty_id ?? -1) ?? ''),
      escapeHtml(u.label[c.l]),
    ]),
    [0],
  )
}

function counterpartySection(cp: Counterparty, c: SectionContext): string {
  const { l, t } = c
  const facts = [
    cp.legal_name && cp.legal_name !== cp.name ? escapeHtml(cp.legal_name) : '',
    cp.registration_no ? `${escapeHtml(t('registration'))} ${escapeHtml(cp.registration_no)}` : '',
    escapeHtml(countryLabel(cp.country, l)),
    cp.website ? escapeHtml(cp.website) : '',
  ].filter(Boolean)
  const meta = [
    `<b>${escapeHtml(t('role'))}:</b> ${escapeHtml(label(ROLE_LABELS, cp.role, l))}`,
    `<b>${escapeHtml(t('status'))}:</b> ${escapeHtml(label(COUNTERPARTY_STATUS_LABELS, cp.status, l))}`,
    cp.kinds.length > 0
      ? `<b>${escapeHtml(t('kinds'))}:</b> ${escapeHtml(cp.kinds.map((k) => label(KIND_LABELS, k, l)).join(', '))}`
      : '',
    cp.owner ? `<b>${escapeHtml(t('owner'))}:</b> ${escapeHtml(cp.owner)}` : '',
    cp.risk_points !== null ? `<b>${escapeHtml(t('risk'))}:</b> ${cp.risk_points}` : '',
  ].filter(Boolean)
  const subs = c.subsByProcessor.get(cp.id) ?? []
  return [
    `<section class="cp" id="cp-${cp.id}">`,
    '<div class="cp-head">',
    `<h2>${escapeHtml(cp.name)}</h2>`,
    facts.length > 0 ? `<p class="muted small">${facts.join(' · ')}</p>` : '',
    `<p class="meta">${meta.join(' · ')}</p>`,
    '</div>',
    `<h3>${escapeHtml(t('agreements'))}</h3>`,
    agreementsTable(cp, c),
    `<h3>${escapeHtml(t('locations'))}</h3>`,
    locationsTable(cp, c),
    subs.length > 0
      ? `<p><b>${escapeHtml(t('subProcessors'))}:</b> ${escapeHtml(subs.map((s) => c.names.get(s.sub_processor_id) ?? `#${s.sub_processor_id}`).join(', '))}</p>`
      : '',
    `<h3>${escapeHtml(t('supervision'))}</h3>`,
    supervisionText(cp, c),
    `<h3>${escapeHtml(t('openWarnings'))}</h3>`,
    warningList(c.warningsByCp.get(cp.id) ?? [], l, t),
    '</section>',
  ].join('')
}

function agreementsTable(cp: Counterparty, c: SectionContext): string {
  const { l, t } = c
  const agreements = c.agreementsByCp.get(cp.id) ?? []
  if (agreements.length === 0) return `<p class="none">${escapeHtml(t('noAgreements'))}</p>`
  return table(
    [22, 14, 19, 24, 21],
    [t('agreement'), t('status'), t('signed'), t('expires'), t('noticeDeadline')],
    agreements.map((a) => {
      const next = c.nextDates.get(a.id)
      const type = label(AGREEMENT_TYPE_LABELS, a.type, l)
      const name = a.title ? `${a.title} (${type})` : type
      const expires =
        next?.end?.kind === 'renewal'
          ? `${t('renews')} ${formatDate(next.end.date, l)}`
          : formatDate(a.expires_on, l)
      return [
        escapeHtml(name + (a.scc_module ? ` – ${t('module')} ${a.scc_module}` : '')),
        escapeHtml(label(AGREEMENT_STATUS_LABELS, a.status, l)),
        escapeHtml(formatDate(a.signed_on, l)),
        escapeHtml(expires),
        escapeHtml(next?.notice ? formatDate(next.notice.date, l) : ''),
      ]
    }),
    // "Fornyes 24. september 2026" may wrap; a date alone may not.
    [2, 4],
  )
}

function locationsTable(cp: Counterparty, c: SectionContext): string {
  const { l, t } = c
  const locations = c.locationsByCp.get(cp.id) ?? []
  if (locations.length === 0) return `<p class="none">${escapeHtml(t('noLocations'))}</p>`
  return table(
    [24, 16, 32, 28],
    [t('country'), t('activity'), t('basis'), t('details')],
    locations.map((x) => {
      const details = [
        x.scc_module ? `${t('module')} ${x.scc_module}` : '',
        x.dpf_status ? `DPF ${label(DPF_STATUS_LABELS, x.dpf_status, l).toLowerCase()}` : '',
        x.dpf_verified_on ? `${t('verified')} ${formatDate(x.dpf_verified_on, l)}` : '',
        x.tia_on ? `${t('tia')} ${formatDate(x.tia_on, l)}` : '',
        x.art49_letter ? `art. 49(1)(${x.art49_letter})` : '',
        x.description ?? '',
      ].filter(Boolean)
      return [
        escapeHtml(countryLabel(x.country, l)),
        escapeHtml(label(ACTIVITY_LABELS, x.activity, l)),
        escapeHtml(label(BASIS_LABELS, x.basis, l)),
        escapeHtml(details.join(' · ')),
      ]
    }),
  )
}

function supervisionText(cp: Counterparty, c: SectionContext): string {
  const { l, t } = c
  const supervisions = c.supervisionsByCp.get(cp.id) ?? []
  const latest = [...supervisions].sort((a, b) =>
    (a.received_on ?? a.period_end ?? '') < (b.received_on ?? b.period_end ?? '') ? 1 : -1,
  )[0]
  const next = c.supervisionDue.get(cp.id) ?? latest?.next_due ?? null
  const parts: string[] = []
  if (latest) {
    const when = latest.received_on ?? latest.period_end
    parts.push(
      `<b>${escapeHtml(t('latest'))}:</b> ${escapeHtml(
        [
          label(METHOD_LABELS, latest.method, l),
          when ? `${t('received')} ${formatDate(when, l)}` : '',
          label(OPINION_LABELS, latest.opinion, l),
        ]
          .filter(Boolean)
          .join(', '),
      )}`,
    )
  }
  if (next) parts.push(`<b>${escapeHtml(t('nextDue'))}:</b> ${escapeHtml(formatDate(next, l))}`)
  if (parts.length === 0) return `<p class="none">${escapeHtml(t('noSupervision'))}</p>`
  return `<p>${parts.join(' · ')}</p>`
}

function warningList(
  warnings: readonly Warning[],
  l: Language,
  t: (key: keyof typeof T) => string,
): string {
  if (warnings.length === 0) return `<p class="none">${escapeHtml(t('noWarnings'))}</p>`
  const items = warnings.map(
    (w) =>
      `<li><span class="sev ${w.severity}">${escapeHtml(SEVERITY_LABELS[w.severity][l])}</span> ` +
      `<b>${escapeHtml(w.rule)}</b> ${escapeHtml(w.message[l])}` +
      `<span class="ref">${escapeHtml(w.legal_ref)}${w.due ? ` · ${escapeHtml(t('due'))} ${escapeHtml(formatDate(w.due, l))}` : ''}</span></li>`,
  )
  return `<ul class="warnings">${items.join('')}</ul>`
}
