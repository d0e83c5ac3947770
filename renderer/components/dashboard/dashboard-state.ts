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
  /** Groups start open; these keys were toggled away from `openByDefault`. */
  openByDefault: boolean
  toggled: ReadonlySet<string>
  upcomingKind: UpcomingKind | null
}

export const INITIAL_DASHBOARD_STATE: DashboardState = {
  severity: null,
  rule: null,
  owner: null,
  search: '',
  whatIf: null,
  openByDefault: true,
  toggled: new Set(),
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

export const isGroupOpen = (state: DashboardState, key: string): boolean =>
  state.openByDefault !== state.toggled.has(key)

export function toggleGroup(key: string): void {
  const toggled = new Set(current.toggled)
  if (!toggled.delete(key)) toggled.add(key)
  setDashboardState({ toggled })
}

export const setAllGroups = (open: boolean): void =>
  setDashboardState({ openByDefault: open, toggled: new Set() })

export const resetFilters = (): void =>
  setDashboardState({ severity: null, rule: null, owner: null, search: '' })
