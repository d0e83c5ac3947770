import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { asApiCallError, call, type ApiCallError } from './api'
import type { Counterparty, CounterpartyListQuery } from './vocabulary'

export const PAGE_SIZE = 100

export interface CounterpartyPages<Q extends CounterpartyListQuery = CounterpartyListQuery> {
  /** The query whose rows these are: the one asked for, or the one before while that loads. */
  query: Q
  /** True while the rows shown still answer an earlier query. */
  stale: boolean
  /** Rows matching the query on the server; null until the first page has arrived. */
  total: number | null
  error: ApiCallError | null
  /** The row at a position of the whole result, or undefined while its page is loading. */
  rowAt: (index: number) => Counterparty | undefined
  /** Fetches the pages covering these positions unless they are loaded or on their way. */
  ensureRange: (first: number, last: number) => void
}

interface Loaded<Q> {
  /** Which query (and generation) the pages answer; null before the first answer. */
  key: string | null
  query: Q
  total: number | null
  pages: ReadonlyMap<number, Counterparty[]>
  error: ApiCallError | null
}

/**
 * The list fetched a page at a time, only where the user looks, so 20,000 rows cost no more than a
 * screenful. A new query (or `generation`: the same query, new rows) fetches its first page while
 * the previous rows stay on screen, and replaces them when it arrives: typing in the search
 * neither blanks the list nor builds the table anew on every pause.
 */
export function useCounterpartyPages<Q extends CounterpartyListQuery>(
  query: Q,
  generation = 0,
): CounterpartyPages<Q> {
  const key = `${JSON.stringify(query)}#${generation}`
  const [loaded, setLoaded] = useState<Loaded<Q>>({
    key: null,
    query,
    total: null,
    pages: new Map(),
    error: null,
  })
  // The pages asked for under the latest key; answers to an older key are dropped.
  const requested = useRef({ key, pages: new Set<number>() })

  const loadPage = useCallback(
    (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set() }
      const asked = requested.current.pages
      if (asked.has(page)) return
      asked.add(page)
      const current = () => requested.current.key === key
      call('counterparties:list', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        ({ rows, total }) =>
          setLoaded((state) => {
            if (!current()) return state
            const pages = state.key === key ? new Map(state.pages) : new Map()
            return { key, query, total, pages: pages.set(page, rows), error: null }
          }),
        (error: unknown) => {
          asked.delete(page)
          setLoaded((state) => {
            if (!current()) return state
            // Never show the previous query's rows as if they answered this one.
            if (state.key !== key) {
              return { key, query, total: null, pages: new Map(), error: asApiCallError(error) }
            }
            return { ...state, error: asApiCallError(error) }
          })
        },
      )
    },
    [key, query],
  )

  // At commit, not after the next paint: the request is on its way a frame sooner.
  useLayoutEffect(() => loadPage(0), [loadPage])

  const shownKey = loaded.key
  const ensureRange = useCallback(
    (first: number, last: number) => {
      // Positions in the rows shown mean nothing to a query still loading its first page.
      if (shownKey !== key) return
      for (let page = pageOf(first); page <= pageOf(last); page++) loadPage(page)
    },
    [loadPage, shownKey, key],
  )

  const { pages } = loaded
  const rowAt = useCallback(
    (index: number) => pages.get(pageOf(index))?.[index % PAGE_SIZE],
    [pages],
  )

  return {
    query: loaded.key === null ? query : loaded.query,
    stale: loaded.key !== null && loaded.key !== key,
    total: loaded.total,
    error: loaded.error,
    rowAt,
    ensureRange,
  }
}

const pageOf = (index: number) => Math.floor(Math.max(index, 0) / PAGE_SIZE)
