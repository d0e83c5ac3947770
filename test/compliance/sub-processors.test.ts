import { describe, expect, it } from 'vitest'
import type { Counterparty } from '../../preload/contract'
import {
  TODAY,
  agreement,
  counterparty,
  fired,
  healthyProcessor,
  link,
  location,
  plusDays,
  register,
  settings,
} from './builders'
import { evaluate } from '../../main/compliance/evaluate'

/** Our processor → s1 → s2 → … ; the last sub-processor has a location in India, no basis. */
function chain(depth: number) {
  const { cp: root, parts } = healthyProcessor({ name: 'Root ApS' })
  const subs: Counterparty[] = Array.from({ length: depth }, (_, i) =>
    counterparty({ name: `Sub ${i + 1}`, kinds: ['sub_processor'], role: 'none' }),
  )
  const path = [root, ...subs]
  const links = subs.map((sub, i) =>
    link({ processor_id: (path[i] as Counterparty).id, sub_processor_id: sub.id }),
  )
  const last = subs[subs.length - 1] as Counterparty
  const loc = location({ counterparty_id: last.id, country: 'IN', basis: 'none' })
  const reg = register({
    ...parts,
    counterparties: [...parts.counterparties, ...subs],
    links,
    locations: [loc],
  })
  return { root, subs, links, loc, reg }
}

describe('R20 sub-processor in a third country without a basis (onward transfer)', () => {
  it('judges a location four levels down the chain like a direct one', () => {
    const { loc, reg } = chain(4)
    const [warning] = fired(reg, 'R20')
    expect(warning).toMatchObject({
      id: `R20:location:${loc.id}`,
      severity: 'critical',
      due: TODAY,
      params: { chain: 'Root ApS → Sub 1 → Sub 2 → Sub 3 → Sub 4', via: 'Sub 3' },
    })
    expect(warning?.message.da).toContain('Root ApS')
    expect(warning?.message.en).toContain('Sub 4 (sub-processor of Sub 3)')
    expect(fired(reg, 'R05')).toEqual([])
  })

  it('reports every location of a chain once, and raises R05 only for direct ones', () => {
    const { root, reg } = chain(2)
    const own = location({ counterparty_id: root.id, country: 'CN', basis: 'none' })
    const rules = evaluate({ ...reg, locations: [...reg.locations, own] }, TODAY, settings())
      .filter((w) => w.subject.type === 'location')
      .map((w) => w.rule)
      .sort()
    expect(rules).toEqual(['R05', 'R20'])
  })

  it('stops at a cycle and does not repeat the warning', () => {
    const { subs, links, reg } = chain(3)
    const back = link({
      processor_id: (subs[2] as Counterparty).id,
      sub_processor_id: (subs[0] as Counterparty).id,
    })
    const self = link({
      processor_id: (subs[1] as Counterparty).id,
      sub_processor_id: (subs[1] as Counterparty).id,
    })
    const cyclic = { ...reg, links: [...links, back, self] }
    const warnings = fired(cyclic, 'R20')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.params.chain).toBe('Root ApS → Sub 1 → Sub 2 → Sub 3')
  })

  it('reports a sub-processor reached by two processors once, via the lower id', () => {
    const { root, subs, reg } = chain(1)
    const other = healthyProcessor({ name: 'Other A/S' })
    const both = {
      ...reg,
      counterparties: [...reg.counterparties, ...other.parts.counterparties],
      agreements: [...reg.agreements, ...other.parts.agreements],
      supervisions: [...reg.supervisions, ...other.parts.supervisions],
      links: [
        ...reg.links,
        link({ processor_id: other.cp.id, sub_processor_id: (subs[0] as Counterparty).id }),
      ],
    }
    const warnings = fired(both, 'R20')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.params.via).toBe(root.id < other.cp.id ? 'Root ApS' : 'Other A/S')
  })

  it('does not follow links we objected to or former sub-processors', () => {
    const { links, reg } = chain(1)
    const objected = { ...reg, links: links.map((l) => ({ ...l, objected_on: '2026-01-01' })) }
    expect(fired(objected, 'R20')).toEqual([])
    const former = {
      ...reg,
      counterparties: reg.counterparties.map((cp) =>
        cp.name === 'Sub 1' ? { ...cp, status: 'former' as const } : cp,
      ),
    }
    expect(fired(former, 'R20')).toEqual([])
  })

  it('starts only from processors we use: not from prospects or former processors', () => {
    const { root, reg } = chain(1)
    const prospect = {
      ...reg,
      counterparties: reg.counterparties.map((cp) =>
        cp.id === root.id ? { ...cp, status: 'prospect' as const } : cp,
      ),
    }
    expect(fired(prospect, 'R20')).toEqual([])
  })

  it('applies the other transfer rules to sub-processor locations as well', () => {
    const { subs, reg } = chain(2)
    const loc = location({
      counterparty_id: (subs[1] as Counterparty).id,
      country: 'US',
      basis: 'privacy_shield',
    })
    const [warning] = fired({ ...reg, locations: [loc] }, 'R06')
    expect(warning?.params.chain).toBe('Root ApS → Sub 1 → Sub 2')
  })

  it('shortens very long chains in messages but keeps both ends', () => {
    const { loc, reg } = chain(9)
    const [warning] = fired(reg, 'R20')
    expect(warning?.subject.id).toBe(loc.id)
    expect(warning?.params.chain).toBe('Root ApS → … → Sub 5 → Sub 6 → Sub 7 → Sub 8 → Sub 9')
    const justFits = fired(chain(6).reg, 'R20')[0]?.params.chain
    expect(justFits).toBe('Root ApS → Sub 1 → Sub 2 → Sub 3 → Sub 4 → Sub 5 → Sub 6')
  })
})

describe('R18 sub-processor not approved and R19 objection deadline', () => {
  const { cp, parts } = healthyProcessor({ name: 'Hosting A/S' })
  const sub = counterparty({ name: 'Backup GmbH' })
  const base = { ...parts, counterparties: [cp, sub] }
  const pending = (overrides: Parameters<typeof link>[0]) =>
    register({ ...base, links: [link({ approved_on: null, ...overrides })] })
  const ids = { processor_id: cp.id, sub_processor_id: sub.id }

  it('R18 fires for a listed sub-processor that was never notified or approved', () => {
    const [warning] = fired(pending({ ...ids, listed_on: '2026-03-01' }), 'R18')
    expect(warning).toMatchObject({ severity: 'high', subject: { type: 'link' } })
    expect(warning?.subject.counterparty_id).toBe(cp.id)
    expect(warning?.message.da).toContain('Backup GmbH')
    expect(warning?.message.da).toContain('Hosting A/S')
  })

  it('is silent for approved, objected and unrecorded links', () => {
    expect(
      fired(pending({ ...ids, listed_on: '2026-03-01', approved_on: '2026-03-05' }), 'R18'),
    ).toEqual([])
    expect(
      fired(pending({ ...ids, listed_on: '2026-03-01', objected_on: '2026-03-05' }), 'R18'),
    ).toEqual([])
    expect(fired(pending({ ...ids }), 'R18')).toEqual([])
  })

  it('R19 alerts 5 days before the default 30-day window closes, R18 the day after', () => {
    const notified = '2026-08-01'
    const deadline = plusDays(notified, 30)
    const reg = pending({ ...ids, notified_on: notified })
    expect(fired(reg, 'R19', plusDays(deadline, -6))).toEqual([])
    expect(fired(reg, 'R19', plusDays(deadline, -5))[0]).toMatchObject({
      severity: 'medium',
      due: deadline,
      params: { days_left: 5 },
    })
    expect(fired(reg, 'R19', deadline)).toHaveLength(1)
    expect(fired(reg, 'R18', deadline)).toEqual([])
    expect(fired(reg, 'R19', plusDays(deadline, 1))).toEqual([])
    expect(fired(reg, 'R18', plusDays(deadline, 1))).toHaveLength(1)
  })

  it("uses the DPA's objection window before the default", () => {
    const notified = '2026-08-01'
    const reg = pending({ ...ids, notified_on: notified })
    const dpa = agreement({ counterparty_id: cp.id, objection_window_days: 14 })
    const withWindow = { ...reg, agreements: [dpa] }
    expect(fired(withWindow, 'R19', plusDays(notified, 14 - 6))).toEqual([])
    expect(fired(withWindow, 'R19', plusDays(notified, 14 - 5))[0]?.due).toBe(
      plusDays(notified, 14),
    )
  })

  it('uses a recorded objection deadline before any window, and the alert setting', () => {
    const reg = pending({ ...ids, notified_on: '2026-08-01', objection_deadline: '2026-09-20' })
    const options = settings({ objection_alert_days: 10 })
    expect(fired(reg, 'R19', '2026-09-09', options)).toEqual([])
    expect(fired(reg, 'R19', '2026-09-10', options)[0]?.due).toBe('2026-09-20')
  })
})

describe('messages naming a company that ends in a full stop', () => {
  it('do not double the sentence’s full stop', () => {
    const { cp, parts } = healthyProcessor({ name: 'Hosting A/S' })
    const sub = counterparty({ name: 'Backup Vault Inc.' })
    const reg = register({
      ...parts,
      counterparties: [cp, sub],
      links: [
        link({
          processor_id: cp.id,
          sub_processor_id: sub.id,
          approved_on: null,
          notified_on: TODAY,
        }),
      ],
    })
    const [warning] = fired(reg, 'R19', plusDays(TODAY, 27))
    expect(warning?.message.da).toContain('Backup Vault Inc. Fristen')
    expect(warning?.message.en).not.toContain('Inc..')
  })
})
