import { useCallback, useEffect, useRef, useState } from 'react'
import { asApiCallError, type ApiCallError } from './api'

export interface Records<R> {
  /** null until the first answer. */
  rows: R[] | null
  error: ApiCallError | null
  /** Fetches again; settles once the new rows (or the error) are in. */
  reload: () => Promise<void>
}

/** A list of records fetched on mount and again on reload(); `load` must be stable (useCallback). */
export function useRecords<R>(load: () => Promise<R[]>): Records<R> {
  const [rows, setRows] = useState<R[] | null>(null)
  const [error, setError] = useState<ApiCallError | null>(null)
  const [generation, setGeneration] = useState(0)
  const waiting = useRef<(() => void)[]>([])
  useEffect(() => {
    let current = true
    const settle = () => {
      for (const resolve of waiting.current.splice(0)) resolve()
    }
    load()
      .then(
        (loaded) => {
          if (!current) return
          setRows(loaded)
          setError(null)
        },
        (failure: unknown) => current && setError(asApiCallError(failure)),
      )
      .finally(() => current && settle())
    return () => {
      current = false
    }
  }, [load, generation])
  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve)
        setGeneration((n) => n + 1)
      }),
    [],
  )
  return { rows, error, reload }
}
