import { describe, expect, it } from 'vitest'
import type { Severity, UpcomingItem, Warning } from '../../preload/contract'
import { isGroupOpen } from '../../renderer/components/dashboard/dashboard-state'
import { countByKind, monthRows } from '../../renderer/components/dashboard/upcoming-months'
import {
  countBySeverity,
  countShown,
  filterGroups,
  flattenGroups,
  matchGroup,
  NO_FILTER,
  orderGroups,
  registerGroup,
  ruleCounts,
  searchWords,
  warningPasses,
  type GroupMatch,
  type GroupWarnings,
  type SummaryGroup,
  type WarningGroup,
} from '../../renderer/components/dashboard/warning-groups'

const summaryGroup = (
  id: number,
  name: string,
  counts: Partial<Record<Severity, number>>,
  rules: string[],
  owner: string | null = null,
): SummaryGroup => {
  const by_severity = { critical: 0, high: 0, medium: 0, low: 0, ...counts }
  const worst = (['critical', 'high', 'medium', 'low'] as const).find((s) => by_severity[s] > 0)
  return { counterparty_id: id, name, owner, worst: worst ?? 'low', by_severity, rules }
}

// As the engine sends them: by worst severity, then name.
const summary = [
  summaryGroup(
    7,
    'Hotjar',
    { critical: 1, high: 1, medium: 1 },
    ['R04', 'R03', 'R11'],
    'Marketing',
  ),
  summaryGroup(10, 'Meta Pixel', { critical: 1 }, ['R06'], 'Marketing'),
  summaryGroup(1, 'Nordhost A/S', { high: 1, medium: 1, low: 1 }, ['R15', 'R03', 'R09'], 'IT'),
  summaryGroup(3, 'Alfa', { medium: 1 }, ['R03']),
  summaryGroup(2, 'Beta', { medium: 2 }, ['R11']),
]

const titles: Record<string, string> = {
  R03: 'DPA expires soon',
  R04: 'DPA expired – processing continues',
  R06: 'Transfer based on Privacy Shield',
  R09: 'DPF transfer without an SCC fallback',
  R11: 'TIA out of date',
  R15: 'Supervision of processor overdue',
  R26: 'Reference data out of date',
}
const ruleText = (rule: string) => `${rule} ${titles[rule] ?? ''}`.toLocaleLowerCase()

let next = 0
function warning(
  rule: string,
  severity: Severity,
  counterparty: number | null,
  due: string | null = '2026-11-24',
): Warning {
  next++
  return {
    id: `${rule}:location:${next}`,
    rule,
    severity,
    subject: { type: 'location', id: next, counterparty_id: counterparty },
    due,
    legal_ref: 'GDPR Art. 44',
    message: { da: `Advarsel ${next}`, en: `Warning ${next}` },
    params: {},
  }
}

describe('dashboard summary', () => {
  it('lists the rules with warnings in rule order', () => {
    expect(ruleCounts({ R11: 2, R03: 3, R26: 1, R99: 0 })).toEqual([
      { rule: 'R03', count: 3 },
      { rule: 'R11', count: 2 },
      { rule: 'R26', count: 1 },
    ])
  })

  it('puts the most severe groups first, then more critical/high warnings, then the engine’s name order', () => {
    const groups = orderGroups(summary)
    expect(groups.map((g) => g.name)).toEqual([
      'Hotjar',
      'Meta Pixel',
      'Nordhost A/S',
      'Beta',
      'Alfa',
    ])
    expect(groups[0]).toMatchObject({
      id: 7,
      owner: 'Marketing',
      worst: 'critical',
      counts: { critical: 1, high: 1, medium: 1, low: 0 },
      total: 3,
      searchName: 'hotjar',
    })
  })

  it('makes the findings about the register a group of their own', () => {
    expect(registerGroup([], 'Registret')).toBeNull()
    const group = registerGroup([warning('R26', 'low', null)], 'Registret')
    expect(group).toMatchObject({ id: null, worst: 'low', total: 1, rules: ['R26'] })
    expect(countBySeverity([warning('R26', 'low', null)])).toEqual({
      critical: 0,
      high: 0,
      medium: 0,
      low: 1,
    })
  })
})

describe('filters over the summary', () => {
  const groups = orderGroups(summary)
  const names = (matches: GroupMatch[]) => matches.map((m) => m.group.name)

  it('passes every group, with every rule, without a filter', () => {
    const matches = filterGroups(groups, NO_FILTER, ruleText)
    expect(matches).toHaveLength(groups.length)
    expect(matches.every((m) => m.rules === null)).toBe(true)
  })

  it('filters by severity, owner and rule together', () => {
    expect(names(filterGroups(groups, { ...NO_FILTER, severity: 'critical' }, ruleText))).toEqual([
      'Hotjar',
      'Meta Pixel',
    ])
    expect(names(filterGroups(groups, { ...NO_FILTER, owner: 'Marketing' }, ruleText))).toEqual([
      'Hotjar',
      'Meta Pixel',
    ])
    const r03 = filterGroups(groups, { ...NO_FILTER, rule: 'R03', owner: 'IT' }, ruleText)
    expect(r03).toEqual([{ group: groups[2], rules: ['R03'] }])
  })

  it('searches names and rule titles, every word in any case', () => {
    expect(searchWords('  NORDHOST  a/s ')).toEqual(['nordhost', 'a/s'])
    const byName = filterGroups(
      groups,
      { ...NO_FILTER, words: searchWords('Nordhost A/S') },
      ruleText,
    )
    expect(byName).toEqual([{ group: groups[2], rules: null }])
    const byTitle = filterGroups(groups, { ...NO_FILTER, words: ['privacy', 'shield'] }, ruleText)
    expect(byTitle).toEqual([{ group: groups[1], rules: ['R06'] }])
    // A name word and a rule word: the group, narrowed to that rule.
    const both = filterGroups(groups, { ...NO_FILTER, words: ['hotjar', 'tia'] }, ruleText)
    expect(both).toEqual([{ group: groups[0], rules: ['R11'] }])
    // The words left after the name must all be in one rule.
    expect(filterGroups(groups, { ...NO_FILTER, words: ['tia', 'shield'] }, ruleText)).toEqual([])
    expect(names(filterGroups(groups, { ...NO_FILTER, words: ['r03'] }, ruleText))).toEqual([
      'Hotjar',
      'Nordhost A/S',
      'Alfa',
    ])
  })

  it('lets a warning of a matching group pass by its severity and the group’s rules', () => {
    const hotjar = groups[0]
    const match = hotjar && matchGroup(hotjar, { ...NO_FILTER, words: ['tia'] }, ruleText)
    if (!match) throw new Error('Hotjar should match')
    expect(warningPasses(warning('R11', 'medium', 7), match, null)).toBe(true)
    expect(warningPasses(warning('R04', 'critical', 7), match, null)).toBe(false)
    expect(warningPasses(warning('R11', 'medium', 7), match, 'high')).toBe(false)
  })

  it('counts the shown warnings from the summary, or from fetched warnings where it cannot', () => {
    const none = () => undefined
    const all = filterGroups(groups, NO_FILTER, ruleText)
    expect(countShown(all, NO_FILTER, {}, none)).toBe(10)
    const critical = { ...NO_FILTER, severity: 'critical' as const }
    expect(countShown(filterGroups(groups, critical, ruleText), critical, {}, none)).toBe(2)
    const rule = { ...NO_FILTER, rule: 'R03' }
    expect(countShown(filterGroups(groups, rule, ruleText), rule, { R03: 4 }, none)).toBe(4)
    // R03 at Marketing: Hotjar's R03 warnings are unknown until fetched.
    const narrowed = { ...rule, owner: 'Marketing' }
    const matches = filterGroups(groups, narrowed, ruleText)
    expect(countShown(matches, narrowed, { R03: 4 }, none)).toBeNull()
    const fetched = [
      warning('R04', 'critical', 7),
      warning('R03', 'high', 7),
      warning('R03', 'high', 7),
    ]
    expect(countShown(matches, narrowed, { R03: 4 }, () => fetched)).toBe(2)
  })
})

describe('rows of the virtual list', () => {
  const matches = filterGroups(orderGroups(summary), NO_FILTER, ruleText)
  const hotjar = [
    warning('R04', 'critical', 7),
    warning('R03', 'high', 7),
    warning('R11', 'medium', 7),
  ]
  const entries = new Map<number, GroupWarnings>([
    [7, { status: 'loaded', warnings: hotjar }],
    [1, { status: 'loaded', warnings: [] }],
  ])
  const warningsOf = (group: WarningGroup): GroupWarnings =>
    entries.get(group.id ?? 0) ?? { status: 'loading' }

  it('shows a closed group as its line, an open one with its warnings or their status', () => {
    const open = new Set([7, 10, 1])
    const rows = flattenGroups(matches, (group) => open.has(group.id ?? 0), warningsOf, null)
    expect(rows.map((row) => (row.type === 'status' ? row.status : row.type))).toEqual([
      'group',
      'warning',
      'warning',
      'warning',
      'group',
      'loading',
      'group',
      'gone',
      'group',
      'group',
    ])
  })

  it('shows only the warnings that pass, or says that none do', () => {
    const rows = flattenGroups(matches.slice(0, 1), () => true, warningsOf, 'low')
    expect(rows.map((row) => (row.type === 'status' ? row.status : row.type))).toEqual([
      'group',
      'none',
    ])
    const critical = flattenGroups(matches.slice(0, 1), () => true, warningsOf, 'critical')
    expect(critical[1]).toMatchObject({ type: 'warning', warning: hotjar[0] })
  })

  it('tells the open test which rows are first', () => {
    const indexes: number[] = []
    flattenGroups(matches, (_, index) => (indexes.push(index), false), warningsOf, null)
    expect(indexes).toEqual([0, 1, 2, 3, 4])
  })
})

describe('open groups', () => {
  const none = new Map<number | 'register', boolean>()

  it('opens the first few groups by themselves', () => {
    const first = { expansion: 'first', opened: none } as const
    expect(isGroupOpen(first, 7, true)).toBe(true)
    expect(isGroupOpen(first, 8, false)).toBe(false)
    expect(isGroupOpen(first, 'register', true)).toBe(true)
  })

  it('keeps what was opened or closed by hand, whatever the default', () => {
    const opened = new Map<number | 'register', boolean>([
      [7, false],
      [8, true],
    ])
    for (const expansion of ['first', 'all', 'none'] as const) {
      expect(isGroupOpen({ expansion, opened }, 7, true)).toBe(false)
      expect(isGroupOpen({ expansion, opened }, 8, false)).toBe(true)
    }
    expect(isGroupOpen({ expansion: 'all', opened: none }, 9, false)).toBe(true)
    expect(isGroupOpen({ expansion: 'none', opened: none }, 'register', true)).toBe(false)
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
