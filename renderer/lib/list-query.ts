/**
 * The counterparty list's search, filters and sort, kept for the session so that coming back from
 * a counterparty shows the list as it was left.
 */
import { useSyncExternalStore } from 'react'
import type { CounterpartyListQuery } from './vocabulary'

export type ListQuery = Required<
  Pick<CounterpartyListQuery, 'search' | 'kind' | 'role' | 'status' | 'owner' | 'sort' | 'dir'>
>

export const DEFAULT_LIST_QUERY: ListQuery = {
  search: '',
  kind: null,
  role: null,
  status: null,
  owner: null,
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
  query.owner !== null
