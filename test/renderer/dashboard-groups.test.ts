import { describe, expect, it } from 'vitest'
import type { Severity, UpcomingItem, Warning } from '../../preload/contract'
import { countByKind, monthRows } from '../../renderer/components/dashboard/upcoming-months'
import {
  countByRule,
  countBySeverity,
  filterWarnings,
  flattenGroups,
  groupByCounterparty,
  searchWords,
  type WarningFilter,
} from '../../renderer/components/dashboard/warning-groups'

let next = 0
function warning(
  rule: string,
  severity: Severity,
  counterparty: { id: number; name: string } | null,
  due: string | null = '2026-11-24',
): Warning {
  next++
  return {
    id: `${rule}:location:${next}`,
    rule,
    severity,
    subject: { type: 'location', id: next, counterparty_id: counterparty?.id ?? null },
    due,
    legal_ref: 'GDPR Art. 44',
    message: { da: `Advarsel ${next}`, en: `Warning ${next}` },
    params: counterparty ? { counterparty: counterparty.name } : {},
  }
}

const hotjar = { id: 7, name: 'Hotjar' }
const meta = { id: 10, name: 'Meta Pixel' }
const nordhost = { id: 1, name: 'Nordhost A/S' }

const warnings = [
  warning('R09', 'low', nordhost, null),
  warning('R03', 'medium', nordhost, '2027-01-08'),
  warning('R15', 'high', nordhost, '2026-11-04'),
  warning('R06', 'critical', meta),
  warning('R26', 'low', null),
  warning('R04', 'critical', hotjar),
  warning('R11', 'medium', hotjar, '2026-08-24'),
  warning('R03', 'high', hotjar, '2026-12-01'),
]

const noFilter: WarningFilter = { severity: null, rule: null, counterpartyIds: null, words: [] }

describe('dashboard counts', () => {
  it('counts by severity, including severities without warnings', () => {
    expect(countBySeverity(warnings)).toEqual({ critical: 2, high: 2, medium: 2, low: 2 })
    expect(countBySeverity([])).toEqual({ critical: 0, high: 0, medium: 0, low: 0 })
  })

  it('counts by rule in rule order, with the worst severity of an escalating rule', () => {
    expect(countByRule(warnings)).toEqual([
      { rule: 'R03', count: 2, worst: 'high' },
      { rule: 'R04', count: 1, worst: 'critical' },
      { rule: 'R06', count: 1, worst: 'critical' },
      { rule: 'R09', count: 1, worst: 'low' },
      { rule: 'R11', count: 1, worst: 'medium' },
      { rule: 'R15', count: 1, worst: 'high' },
      { rule: 'R26', count: 1, worst: 'low' },
    ])
  })
})

describe('grouping by counterparty', () => {
  const groups = groupByCounterparty(warnings)

  it('puts the most severe groups first, then the one with more critical/high warnings', () => {
    expect(groups.map((g) => g.name ?? g.key)).toEqual([
      'Hotjar',
      'Meta Pixel',
      'Nordhost A/S',
      'register',
    ])
    expect(groups[0]?.counts).toEqual({ critical: 1, high: 1, medium: 1, low: 0 })
    expect(groups[0]?.worst).toBe('critical')
  })

  it('orders a group’s warnings by severity, then by the earliest due date', () => {
    const nordhostGroup = groups.find((g) => g.counterpartyId === nordhost.id)
    expect(nordhostGroup?.warnings.map((w) => w.rule)).toEqual(['R15', 'R03', 'R09'])
  })

  it('keeps findings about the register itself in a group of their own', () => {
    const register = groups.at(-1)
    expect(register).toMatchObject({ key: 'register', counterpartyId: null, name: null })
    expect(register?.warnings.map((w) => w.rule)).toEqual(['R26'])
  })

  it('breaks ties by name', () => {
    const a = warning('R04', 'critical', { id: 2, name: 'Beta' })
    const b = warning('R04', 'critical', { id: 3, name: 'Alfa' })
    expect(groupByCounterparty([a, b]).map((g) => g.name)).toEqual(['Alfa', 'Beta'])
  })

  it('flattens open groups into header and warning rows, closed ones into a header', () => {
    const rows = flattenGroups(groups, (key) => key !== `cp:${hotjar.id}`)
    expect(rows.slice(0, 3).map((row) => row.type)).toEqual(['group', 'group', 'warning'])
    expect(rows[0]).toMatchObject({ type: 'group', open: false })
    expect(rows).toHaveLength(groups.length + warnings.length - 3)
  })
})

describe('filters', () => {
  const text = (w: Warning) => `${w.params.counterparty ?? ''} ${w.message.da}`.toLocaleLowerCase()

  it('passes everything without a filter', () => {
    expect(filterWarnings(warnings, noFilter, text)).toHaveLength(warnings.length)
  })

  it('filters by severity and rule together', () => {
    const found = filterWarnings(warnings, { ...noFilter, severity: 'high', rule: 'R03' }, text)
    expect(found.map((w) => w.params.counterparty)).toEqual(['Hotjar'])
  })

  it('filters by the owner’s counterparties and drops register-level findings', () => {
    const found = filterWarnings(warnings, { ...noFilter, counterpartyIds: new Set([7, 10]) }, text)
    expect(new Set(found.map((w) => w.params.counterparty))).toEqual(
      new Set(['Hotjar', 'Meta Pixel']),
    )
  })

  it('needs every word of the search, in any case', () => {
    expect(searchWords('  NORDHOST  a/s ')).toEqual(['nordhost', 'a/s'])
    const found = filterWarnings(
      warnings,
      { ...noFilter, words: searchWords('Nordhost A/S') },
      text,
    )
    expect(found).toHaveLength(3)
    expect(filterWarnings(warnings, { ...noFilter, words: ['nordhost', 'meta'] }, text)).toEqual([])
  })
})

describe('upcoming by month', () => {
  const item = (date: string, kind: UpcomingItem['kind']): UpcomingItem => ({
    id: `${kind}:${date}`,
    date,
    kind,
    subject: { type: 'agreement', id: 1, counterparty_id: 1 },
    label: { da: date, en: date },
  })
  const items = [
    item('2027-01-08', 'expiry'),
    item('2026-11-27', 'objection_deadline'),
    item('2027-01-08', 'notice_deadline'),
    item('2026-12-31', 'supervision_due'),
  ]

  it('puts a month header before each month’s items, in date order', () => {
    expect(
      monthRows(items, null).map((row) =>
        row.type === 'month' ? `${row.month}:${row.count}` : row.item.date,
      ),
    ).toEqual([
      '2026-11:1',
      '2026-11-27',
      '2026-12:1',
      '2026-12-31',
      '2027-01:2',
      '2027-01-08',
      '2027-01-08',
    ])
  })

  it('lists one kind only, and its months only', () => {
    expect(monthRows(items, 'objection_deadline')).toEqual([
      { type: 'month', month: '2026-11', count: 1 },
      { type: 'item', item: items[1] },
    ])
    expect(monthRows(items, 'renewal')).toEqual([])
  })

  it('counts each kind', () => {
    expect(countByKind(items)).toEqual({
      expiry: 1,
      renewal: 0,
      notice_deadline: 1,
      objection_deadline: 1,
      supervision_due: 1,
    })
  })
})
