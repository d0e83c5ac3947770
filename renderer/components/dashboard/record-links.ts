/**
 * Where a warning or a deadline is fixed: the counterparty's tab holding the record, opened on the
 * record itself where the route allows one.
 */
import type { UpcomingItem, Warning } from '../../../preload/contract'
import { routeHref, type DetailTab } from '../../lib/router'

export type RecordTarget = Exclude<DetailTab, 'history' | 'warnings'> | 'settings'

export interface RecordLink {
  href: string
  target: RecordTarget
}

type Subject = Warning['subject']

const TAB_OF_SUBJECT: Record<Subject['type'], RecordTarget> = {
  counterparty: 'overview',
  agreement: 'agreements',
  location: 'locations',
  link: 'sub-processors',
  contact: 'contacts',
  supervision: 'supervision',
  register: 'settings',
}

/** Rules about a counterparty as a whole that are fixed on one of its tabs. */
const TAB_OF_RULE: Partial<Record<string, RecordTarget>> = {
  R01: 'agreements',
  R15: 'supervision',
  R16: 'supervision',
}

function linkTo(subject: Subject, target: RecordTarget): RecordLink {
  const id = subject.counterparty_id
  if (target === 'settings' || id === null) {
    return { href: routeHref({ page: 'settings' }), target: 'settings' }
  }
  if (target === 'overview') return { href: routeHref({ page: 'counterparty', id }), target }
  // A counterparty-level subject has no record of its own on the tab.
  const item = subject.type === 'counterparty' || subject.id === null ? undefined : subject.id
  return { href: routeHref({ page: 'counterparty', id, tab: target, item }), target }
}

export function warningLink(warning: Warning): RecordLink {
  return linkTo(warning.subject, TAB_OF_RULE[warning.rule] ?? TAB_OF_SUBJECT[warning.subject.type])
}

const TAB_OF_KIND: Record<UpcomingItem['kind'], RecordTarget> = {
  expiry: 'agreements',
  renewal: 'agreements',
  notice_deadline: 'agreements',
  objection_deadline: 'sub-processors',
  supervision_due: 'supervision',
}

export function upcomingLink(item: UpcomingItem): RecordLink {
  return linkTo(item.subject, TAB_OF_KIND[item.kind])
}
