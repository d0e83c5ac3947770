import { useCallback, useEffect, useRef, useState } from 'react'
import { asApiCallError, call, type ApiCallError } from './api'
import type { Counterparty, CounterpartyListQuery } from './vocabulary'

export const PAGE_SIZE = 100

export interface CounterpartyPages {
  /** Rows matching the query on the server; null until the first page has arrived. */
  total: number | null
  error: ApiCallError | null
  /** The row at a position of the whole result, or undefined while its page is loading. */
  rowAt: (index: number) => Counterparty | undefined
  /** Fetches the pages covering these positions unless they are loaded or on their way. */
  ensureRange: (first: number, last: number) => void
}

interface Loaded {
  total: number | null
  pages: ReadonlyMap<number, Counterparty[]>
  error: ApiCallError | null
}

/**
 * The list fetched a page at a time, only where the user looks, so 20,000 rows cost no more than a
 * screenful. The query is fixed for the hook's lifetime: give the component a new `key` when it
 * changes, which also drops the cached pages.
 */
export function useCounterpartyPages(query: CounterpartyListQuery): CounterpartyPages {
  const [loaded, setLoaded] = useState<Loaded>({ total: null, pages: new Map(), error: null })
  const requested = useRef(new Set<number>())

  const loadPage = useCallback(
    (page: number) => {
      if (requested.current.has(page)) return
      requested.current.add(page)
      call('counterparties:list', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        ({ rows, total }) =>
          setLoaded((state) => ({
            total,
            pages: new Map(state.pages).set(page, rows),
            error: null,
          })),
        (error: unknown) => {
          requested.current.delete(page)
          setLoaded((state) => ({ ...state, error: asApiCallError(error) }))
        },
      )
    },
    [query],
  )

  useEffect(() => loadPage(0), [loadPage])

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (let page = pageOf(first); page <= pageOf(last); page++) loadPage(page)
    },
    [loadPage],
  )

  const { pages } = loaded
  const rowAt = useCallback(
    (index: number) => pages.get(pageOf(index))?.[index % PAGE_SIZE],
    [pages],
  )

  return { total: loaded.total, error: loaded.error, rowAt, ensureRange }
}

const pageOf = (index: number) => Math.floor(Math.max(index, 0) / PAGE_SIZE)
