import { useEffect, useState } from 'react'
import { asApiCallError, call, type ApiCallError } from '../../lib/api'
import type { Output } from '../../lib/vocabulary'

export interface Loaded<T> {
  /** The last answer; kept while a new one loads, so a what-if date does not blank the page. */
  value: T | null
  loading: boolean
  error: ApiCallError | null
}

/** The engine's answer as of `today` (null: the real today); `generation` forces a reload. */
function useEngine<T>(
  load: (today: string | null) => Promise<T>,
  today: string | null,
  generation: number,
): Loaded<T> {
  const key = `${today ?? ''}#${generation}`
  // `key` says which request the value or error answers; a newer key means one is on its way.
  const [state, setState] = useState<{
    key: string | null
    value: T | null
    error: ApiCallError | null
  }>({ key: null, value: null, error: null })
  useEffect(() => {
    let stale = false
    load(today).then(
      (value) => !stale && setState({ key, value, error: null }),
      (error: unknown) =>
        !stale && setState((previous) => ({ ...previous, key, error: asApiCallError(error) })),
    )
    return () => {
      stale = true
    }
  }, [load, today, key])
  return { value: state.value, error: state.error, loading: state.key !== key }
}

const loadWarnings = (today: string | null) => call('compliance:warnings', { today })
const loadUpcoming = (today: string | null) => call('compliance:upcoming', { today, days: 365 })

export const useWarnings = (
  today: string | null,
  generation: number,
): Loaded<Output<'compliance:warnings'>> => useEngine(loadWarnings, today, generation)

export const useUpcoming = (
  today: string | null,
  generation: number,
): Loaded<Output<'compliance:upcoming'>> => useEngine(loadUpcoming, today, generation)

/**
 * Ids of the counterparties an owner is responsible for, fetched a thousand at a time; null while
 * no owner is chosen or the ids are still on their way.
 */
export function useOwnerCounterparties(owner: string | null): ReadonlySet<number> | null {
  const [loaded, setLoaded] = useState<{ owner: string; ids: ReadonlySet<number> } | null>(null)
  useEffect(() => {
    if (owner === null) return
    let stale = false
    const ids = new Set<number>()
    const fetchFrom = async (offset: number): Promise<void> => {
      const { rows, total } = await call('counterparties:list', { owner, offset, limit: 1000 })
      for (const row of rows) ids.add(row.id)
      if (!stale && rows.length > 0 && offset + rows.length < total) {
        await fetchFrom(offset + rows.length)
      }
    }
    // A failure leaves the owner filter matching nothing rather than everything.
    fetchFrom(0)
      .catch(() => undefined)
      .finally(() => !stale && setLoaded({ owner, ids }))
    return () => {
      stale = true
    }
  }, [owner])
  return owner !== null && loaded?.owner === owner ? loaded.ids : null
}
