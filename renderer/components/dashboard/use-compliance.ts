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

/** The summary, with the date it was asked for (null: today), which its groups' fetches repeat. */
export interface SummaryAnswer {
  asked: string | null
  summary: Output<'compliance:summary'>
}

const fetchSummary = async (today: string | null): Promise<SummaryAnswer> => ({
  asked: today,
  summary: await call('compliance:summary', { today }),
})

/** Today's summary, asked for early; taken by the dashboard's first load, if soon enough. */
let early: { promise: Promise<SummaryAnswer>; at: number } | null = null
const EARLY_FOR_MS = 10_000

/**
 * Asks for today's summary while the app is still starting (checking the register, reading the
 * settings), so it is on its way before the dashboard mounts. A failure is asked again then.
 */
export function prefetchSummary(): void {
  if (early) return
  const promise = fetchSummary(null)
  promise.catch(() => undefined)
  early = { promise, at: Date.now() }
}

function loadSummary(today: string | null): Promise<SummaryAnswer> {
  const taken = today === null ? early : null
  if (taken) early = null
  if (!taken || Date.now() - taken.at > EARLY_FOR_MS) return fetchSummary(today)
  return taken.promise.catch(() => fetchSummary(today))
}
const loadUpcoming = (today: string | null) => call('compliance:upcoming', { today, days: 365 })

export const useSummary = (today: string | null, generation: number): Loaded<SummaryAnswer> =>
  useEngine(loadSummary, today, generation)

export const useUpcoming = (
  today: string | null,
  generation: number,
): Loaded<Output<'compliance:upcoming'>> => useEngine(loadUpcoming, today, generation)
