/**
 * The counterparty list's search, filters and sort, kept for the session so that coming back from
 * a counterparty shows the list as it was left.
 */
import { useSyncExternalStore } from 'react'
import type { CounterpartyListQuery } from './vocabulary'

export type ListQuery = Required<
  Pick<
    CounterpartyListQuery,
    'search' | 'kind' | 'role' | 'status' | 'owner' | 'country' | 'warnings' | 'sort' | 'dir'
  >
>

export const DEFAULT_LIST_QUERY: ListQuery = {
  search: '',
  kind: null,
  role: null,
  status: null,
  owner: null,
  country: null,
  warnings: null,
  sort: 'name',
  dir: 'asc',
}

let current = DEFAULT_LIST_QUERY
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function setListQuery(change: Partial<ListQuery>): void {
  current = { ...current, ...change }
  for (const listener of listeners) listener()
}

export function useListQuery(): ListQuery {
  return useSyncExternalStore(subscribe, () => current)
}

export const isFiltered = (query: ListQuery): boolean =>
  query.search.trim() !== '' ||
  query.kind !== null ||
  query.role !== null ||
  query.status !== null ||
  query.owner !== null ||
  query.country !== null ||
  query.warnings !== null

/** The highlighted row, remembered with the query it belongs to, so coming back keeps it. */
let selection: { key: string; index: number } | null = null

export const queryKey = (query: ListQuery): string => JSON.stringify(query)

export function rememberedRow(key: string): number | null {
  return selection?.key === key ? selection.index : null
}

export function rememberRow(key: string, index: number): void {
  selection = { key, index }
}
