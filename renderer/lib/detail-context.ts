import { createContext, useContext } from 'react'
import { navigate, type DetailTab } from './router'
import type { Counterparty } from './vocabulary'

/** What every tab of the counterparty page shares. */
export interface DetailState {
  counterparty: Counterparty
  tab: DetailTab
  /** The record being edited on the tab, or 'new'. */
  item: number | 'new' | undefined
  /** The engine's findings may have changed: count them again. */
  changed: () => void
}

export const DetailContext = createContext<DetailState | null>(null)

export function useDetail(): DetailState {
  const state = useContext(DetailContext)
  if (!state) throw new Error('useDetail() is used outside the counterparty page')
  return state
}

/** Opens a record of the current tab (or none). After a save there is nothing to ask about. */
export function openItem(
  state: Pick<DetailState, 'counterparty' | 'tab'>,
  item: number | 'new' | undefined,
  options: { force?: boolean; replace?: boolean } = {},
): void {
  navigate({ page: 'counterparty', id: state.counterparty.id, tab: state.tab, item }, options)
}

/**
 * After a write in a tab's editor: the tab's list is fetched again (awaited, so it holds a new
 * record before the route opens it), the page recounts its findings, and the editor closes — or
 * stays on `item`, a record just created that needs its documents next.
 */
export async function afterRecordWrite(
  detail: DetailState,
  refresh: () => unknown,
  item?: number,
): Promise<void> {
  await refresh()
  detail.changed()
  openItem(detail, item, { force: true, replace: item !== undefined })
}
