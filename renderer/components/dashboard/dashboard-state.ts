/**
 * The dashboard's filters, open groups, what-if date and the upcoming view's kind, kept for the
 * session: following a warning to its record and coming back shows the dashboard as it was left.
 */
import { useSyncExternalStore } from 'react'
import type { Severity } from '../../../preload/contract'
import type { UpcomingKind } from './upcoming-months'

export interface DashboardState {
  severity: Severity | null
  rule: string | null
  owner: string | null
  search: string
  /** Evaluate as of this day (YYYY-MM-DD) instead of today. */
  whatIf: string | null
  /** Which groups are open unless opened or closed by hand: the first few, all or none. */
  expansion: 'first' | 'all' | 'none'
  /** Groups opened (true) or closed (false) by hand, by counterparty id ('register': R26 & co). */
  opened: ReadonlyMap<GroupKey, boolean>
  upcomingKind: UpcomingKind | null
}

export type GroupKey = number | 'register'

export const INITIAL_DASHBOARD_STATE: DashboardState = {
  severity: null,
  rule: null,
  owner: null,
  search: '',
  whatIf: null,
  expansion: 'first',
  opened: new Map(),
  upcomingKind: null,
}

let current = INITIAL_DASHBOARD_STATE
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function setDashboardState(change: Partial<DashboardState>): void {
  current = { ...current, ...change }
  for (const listener of listeners) listener()
}

export function useDashboardState(): DashboardState {
  return useSyncExternalStore(subscribe, () => current)
}

/** `first`: the group is among the first few of the list as it is filtered now. */
export const isGroupOpen = (
  state: Pick<DashboardState, 'expansion' | 'opened'>,
  key: GroupKey,
  first: boolean,
): boolean =>
  state.opened.get(key) ?? (state.expansion === 'all' || (state.expansion === 'first' && first))

export function toggleGroup(key: GroupKey, open: boolean): void {
  const opened = new Map(current.opened)
  opened.set(key, !open)
  setDashboardState({ opened })
}

export const setAllGroups = (open: boolean): void =>
  setDashboardState({ expansion: open ? 'all' : 'none', opened: new Map() })

export const resetFilters = (): void =>
  setDashboardState({ severity: null, rule: null, owner: null, search: '' })
