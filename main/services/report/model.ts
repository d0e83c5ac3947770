/**
 * The agreement status report as data: every text already in the reader's language, every date
 * already formatted, every choice of what to show already made. The HTML (render.ts) and the PDF
 * (pdf.ts) draw this model and decide nothing about content, so both say the same. Pure: the same
 * input gives the same model.
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
import type { RunningHeader } from './page-setup'

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

/** A table of plain text cells; widths are percentages of the line. */
export interface ReportTable {
  widths: number[]
  headers: string[]
  rows: string[][]
  /** Columns that hold a date alone and must not wrap. */
  noWrap: number[]
}

/** "Label: value", shown with the label in bold. */
export interface LabelledText {
  label: string
  text: string
}

export interface ReportWarning {
  severity: Severity
  severityLabel: string
  rule: string
  message: string
  /** The legal reference and, where there is one, the due date. */
  reference: string
}

/** A headed part of a counterparty's section: a table, a line of labelled facts, or a list. */
export interface Part<T> {
  heading: string
  content: T
  /** What is said instead when there is no content. */
  empty: string
}

export interface FigureModel {
  count: number
  label: string
  /** Figures of one severity are marked in its colour. */
  severity: Severity | null
}

export interface CounterpartyModel {
  id: number
  name: string
  /** Legal name, registration number, country, website: whichever are known. */
  facts: string[]
  meta: LabelledText[]
  agreements: Part<ReportTable | null>
  locations: Part<ReportTable | null>
  subProcessors: LabelledText | null
  supervision: Part<LabelledText[]>
  warnings: Part<ReportWarning[]>
}

export interface ReportModel {
  language: Language
  header: RunningHeader
  /** The document's title, as a file's title or a browser tab. */
  documentTitle: string
  filters: string
  summary: {
    heading: string
    figures: FigureModel[]
    /** Warnings about the register as a whole, shown only when nothing is filtered out. */
    registerWarnings: Part<ReportWarning[]> | null
    dueSoon: Part<ReportTable | null>
  }
  counterparties: {
    heading: string
    /** Said when no counterparty matches; null when some do. */
    none: string | null
    sections: CounterpartyModel[]
  }
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

type Text = (key: keyof typeof T) => string

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

interface SectionContext {
  l: Language
  t: Text
  names: Map<number, string>
  agreementsByCp: Map<number, RegisterSnapshot['agreements']>
  locationsByCp: Map<number, RegisterSnapshot['locations']>
  supervisionsByCp: Map<number, RegisterSnapshot['supervisions']>
  subsByProcessor: Map<number, RegisterSnapshot['links']>
  warningsByCp: Map<number, Warning[]>
  nextDates: Map<number, { end?: UpcomingItem; notice?: UpcomingItem }>
  supervisionDue: Map<number, string>
}

export function buildReportModel(
  register: RegisterSnapshot,
  warnings: readonly Warning[],
  upcoming: readonly UpcomingItem[],
  options: ReportOptions,
): ReportModel {
  const { language: l, filters, today } = options
  const t: Text = (key) => T[key][l]
  const horizon = options.horizonDays ?? 90
  const shown = warnings.filter((w) => atLeast(w.severity, filters.severity))
  const warningsByCp = groupBy(shown, (w) => w.subject.counterparty_id)
  const selected = selectCounterparties(register, warningsByCp, filters, options.matching ?? null)
  const selectedIds = new Set(selected.map((cp) => cp.id))
  const everything = Object.values(filters).every((value) => value === null || value === '')
  const registerWarnings = everything ? shown.filter((w) => w.subject.counterparty_id === null) : []
  const inScope = shown.filter(
    (w) => w.subject.counterparty_id !== null && selectedIds.has(w.subject.counterparty_id),
  )
  const organisation = options.organisation.trim() || t('organisationMissing')
  const date = formatDate(today, l)
  const context: SectionContext = {
    l,
    t,
    names: new Map(register.counterparties.map((cp) => [cp.id, cp.name])),
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
  return {
    language: l,
    header: {
      organisation,
      title: t('title'),
      date: `${t('asOf')} ${date}`,
      page: t('page'),
      footnote: t('disclaimer'),
    },
    documentTitle: `${t('title')} – ${organisation} – ${date}`,
    filters: filterText(filters, l, t),
    summary: {
      heading: t('summary'),
      figures: figures(selected.length, [...inScope, ...registerWarnings], l, t),
      registerWarnings:
        registerWarnings.length > 0
          ? {
              heading: t('registerWarnings'),
              content: registerWarnings.map((w) => warningModel(w, l, t)),
              empty: t('noWarnings'),
            }
          : null,
      dueSoon: {
        heading: t('dueSoon').replace('{n}', String(horizon)),
        content: dueTable(dueSoon, context),
        empty: t('nothingDue'),
      },
    },
    counterparties: {
      heading: `${t('counterparties')} (${selected.length})`,
      none: selected.length === 0 ? t('noMatch') : null,
      sections: selected.map((cp) => counterpartyModel(cp, context)),
    },
  }
}

function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

function filterText(filters: ReportFilters, l: Language, t: Text): string {
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

/** Counterparties, open warnings in total, then the warnings of each severity. */
function figures(
  counterparties: number,
  warnings: readonly Warning[],
  l: Language,
  t: Text,
): FigureModel[] {
  const counts = new Map<Severity, number>(SEVERITIES.map((s) => [s, 0]))
  for (const w of warnings) counts.set(w.severity, (counts.get(w.severity) ?? 0) + 1)
  return [
    { count: counterparties, label: t('counterparties'), severity: null },
    { count: warnings.length, label: `${t('openWarnings')} ${t('total')}`, severity: null },
    ...SEVERITIES.map((s) => ({
      count: counts.get(s) ?? 0,
      label: SEVERITY_LABELS[s][l],
      severity: s,
    })),
  ]
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

function dueTable(items: readonly UpcomingItem[], c: SectionContext): ReportTable | null {
  if (items.length === 0) return null
  return {
    widths: [19, 22, 22, 37],
    headers: [c.t('date'), c.t('what'), c.t('counterparty'), c.t('details')],
    rows: items.map((u) => [
      formatDate(u.date, c.l),
      UPCOMING_LABELS[u.kind][c.l],
      c.names.get(u.subject.counterparty_id ?? -1) ?? '',
      u.label[c.l],
    ]),
    noWrap: [0],
  }
}

function counterpartyModel(cp: Counterparty, c: SectionContext): CounterpartyModel {
  const { l, t } = c
  const subs = c.subsByProcessor.get(cp.id) ?? []
  return {
    id: cp.id,
    name: cp.name,
    facts: [
      cp.legal_name && cp.legal_name !== cp.name ? cp.legal_name : '',
      cp.registration_no ? `${t('registration')} ${cp.registration_no}` : '',
      countryLabel(cp.country, l),
      cp.website ?? '',
    ].filter(Boolean),
    meta: [
      { label: t('role'), text: label(ROLE_LABELS, cp.role, l) },
      { label: t('status'), text: label(COUNTERPARTY_STATUS_LABELS, cp.status, l) },
      { label: t('kinds'), text: cp.kinds.map((k) => label(KIND_LABELS, k, l)).join(', ') },
      { label: t('owner'), text: cp.owner ?? '' },
      { label: t('risk'), text: cp.risk_points === null ? '' : String(cp.risk_points) },
    ].filter((fact) => fact.text !== ''),
    agreements: {
      heading: t('agreements'),
      content: agreementsTable(cp, c),
      empty: t('noAgreements'),
    },
    locations: { heading: t('locations'), content: locationsTable(cp, c), empty: t('noLocations') },
    subProcessors:
      subs.length > 0
        ? {
            label: t('subProcessors'),
            text: subs
              .map((s) => c.names.get(s.sub_processor_id) ?? `#${s.sub_processor_id}`)
              .join(', '),
          }
        : null,
    supervision: {
      heading: t('supervision'),
      content: supervisionFacts(cp, c),
      empty: t('noSupervision'),
    },
    warnings: {
      heading: t('openWarnings'),
      content: (c.warningsByCp.get(cp.id) ?? []).map((w) => warningModel(w, l, t)),
      empty: t('noWarnings'),
    },
  }
}

function agreementsTable(cp: Counterparty, c: SectionContext): ReportTable | null {
  const { l, t } = c
  const agreements = c.agreementsByCp.get(cp.id) ?? []
  if (agreements.length === 0) return null
  return {
    widths: [22, 14, 19, 24, 21],
    headers: [t('agreement'), t('status'), t('signed'), t('expires'), t('noticeDeadline')],
    rows: agreements.map((a) => {
      const next = c.nextDates.get(a.id)
      const type = label(AGREEMENT_TYPE_LABELS, a.type, l)
      const name = a.title ? `${a.title} (${type})` : type
      const expires =
        next?.end?.kind === 'renewal'
          ? `${t('renews')} ${formatDate(next.end.date, l)}`
          : formatDate(a.expires_on, l)
      return [
        name + (a.scc_module ? ` – ${t('module')} ${a.scc_module}` : ''),
        label(AGREEMENT_STATUS_LABELS, a.status, l),
        formatDate(a.signed_on, l),
        expires,
        next?.notice ? formatDate(next.notice.date, l) : '',
      ]
    }),
    // "Fornyes 24. september 2026" may wrap; a date alone may not.
    noWrap: [2, 4],
  }
}

function locationsTable(cp: Counterparty, c: SectionContext): ReportTable | null {
  const { l, t } = c
  const locations = c.locationsByCp.get(cp.id) ?? []
  if (locations.length === 0) return null
  return {
    widths: [24, 16, 32, 28],
    headers: [t('country'), t('activity'), t('basis'), t('details')],
    rows: locations.map((x) => {
      const details = [
        x.scc_module ? `${t('module')} ${x.scc_module}` : '',
        x.dpf_status ? `DPF ${label(DPF_STATUS_LABELS, x.dpf_status, l).toLowerCase()}` : '',
        x.dpf_verified_on ? `${t('verified')} ${formatDate(x.dpf_verified_on, l)}` : '',
        x.tia_on ? `${t('tia')} ${formatDate(x.tia_on, l)}` : '',
        x.art49_letter ? `art. 49(1)(${x.art49_letter})` : '',
        x.description ?? '',
      ].filter(Boolean)
      return [
        countryLabel(x.country, l),
        label(ACTIVITY_LABELS, x.activity, l),
        label(BASIS_LABELS, x.basis, l),
        details.join(' · '),
      ]
    }),
    noWrap: [],
  }
}

/** The latest supervision and when the next is due; empty when neither is known. */
function supervisionFacts(cp: Counterparty, c: SectionContext): LabelledText[] {
  const { l, t } = c
  const supervisions = c.supervisionsByCp.get(cp.id) ?? []
  const latest = [...supervisions].sort((a, b) =>
    (a.received_on ?? a.period_end ?? '') < (b.received_on ?? b.period_end ?? '') ? 1 : -1,
  )[0]
  const next = c.supervisionDue.get(cp.id) ?? latest?.next_due ?? null
  const facts: LabelledText[] = []
  if (latest) {
    const when = latest.received_on ?? latest.period_end
    facts.push({
      label: t('latest'),
      text: [
        label(METHOD_LABELS, latest.method, l),
        when ? `${t('received')} ${formatDate(when, l)}` : '',
        label(OPINION_LABELS, latest.opinion, l),
      ]
        .filter(Boolean)
        .join(', '),
    })
  }
  if (next) facts.push({ label: t('nextDue'), text: formatDate(next, l) })
  return facts
}

function warningModel(w: Warning, l: Language, t: Text): ReportWarning {
  return {
    severity: w.severity,
    severityLabel: SEVERITY_LABELS[w.severity][l],
    rule: w.rule,
    message: w.message[l],
    reference: w.legal_ref + (w.due ? ` · ${t('due')} ${formatDate(w.due, l)}` : ''),
  }
}
