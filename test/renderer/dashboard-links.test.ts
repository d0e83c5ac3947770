// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { UpcomingItem, Warning } from '../../preload/contract'
import { upcomingLink, warningLink } from '../../renderer/components/dashboard/record-links'
import { parseRoute } from '../../renderer/lib/router'

const warning = (rule: string, subject: Warning['subject']): Warning => ({
  id: `${rule}:${subject.type}:${subject.id}`,
  rule,
  severity: 'critical',
  subject,
  due: null,
  legal_ref: 'GDPR',
  message: { da: '', en: '' },
  params: {},
})

describe('links from a warning to the record that fixes it', () => {
  it('opens the tab of the subject, on the record itself', () => {
    const link = warningLink(warning('R04', { type: 'agreement', id: 12, counterparty_id: 7 }))
    expect(link).toEqual({ href: '#/counterparties/7/agreements/12', target: 'agreements' })
    expect(parseRoute(link.href)).toEqual({
      page: 'counterparty',
      id: 7,
      tab: 'agreements',
      item: 12,
    })
    expect(warningLink(warning('R18', { type: 'link', id: 3, counterparty_id: 2 })).href).toBe(
      '#/counterparties/2/sub-processors/3',
    )
  })

  it('sends counterparty-level rules to the tab where they are fixed', () => {
    const subject = { type: 'counterparty', id: 12, counterparty_id: 12 } as const
    expect(warningLink(warning('R01', subject)).href).toBe('#/counterparties/12/agreements')
    expect(warningLink(warning('R15', subject)).href).toBe('#/counterparties/12/supervision')
    expect(warningLink(warning('R99', subject))).toEqual({
      href: '#/counterparties/12',
      target: 'overview',
    })
  })

  it('sends findings about the register to the settings', () => {
    const link = warningLink(warning('R26', { type: 'register', id: null, counterparty_id: null }))
    expect(link).toEqual({ href: '#/settings', target: 'settings' })
  })

  it('links deadlines to the agreement, the sub-processor link or the supervision tab', () => {
    const item = (kind: UpcomingItem['kind'], subject: UpcomingItem['subject']): UpcomingItem => ({
      id: kind,
      date: '2027-01-08',
      kind,
      subject,
      label: { da: '', en: '' },
    })
    expect(
      upcomingLink(item('notice_deadline', { type: 'agreement', id: 4, counterparty_id: 1 })).href,
    ).toBe('#/counterparties/1/agreements/4')
    expect(
      upcomingLink(item('objection_deadline', { type: 'link', id: 2, counterparty_id: 1 })).href,
    ).toBe('#/counterparties/1/sub-processors/2')
    expect(
      upcomingLink(item('supervision_due', { type: 'counterparty', id: 5, counterparty_id: 5 }))
        .href,
    ).toBe('#/counterparties/5/supervision')
  })
})
