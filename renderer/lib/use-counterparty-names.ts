import { useEffect, useState } from 'react'
import { call } from './api'

/** Counterparty id → name, or null for one that no longer exists; fetched once per id. */
export function useCounterpartyNames(ids: readonly number[]): ReadonlyMap<number, string | null> {
  const [names, setNames] = useState<ReadonlyMap<number, string | null>>(new Map())
  const missing = [...new Set(ids)]
    .filter((id) => !names.has(id))
    .sort((a, b) => a - b)
    .join(',')
  useEffect(() => {
    if (missing === '') return
    let current = true
    Promise.all(
      missing
        .split(',')
        .map(Number)
        .map((id) =>
          call('counterparties:get', { id }).then(
            (found): [number, string | null] => [id, found.name],
            (): [number, string | null] => [id, null],
          ),
        ),
    ).then((found) => current && setNames((known) => new Map([...known, ...found])))
    return () => {
      current = false
    }
  }, [missing])
  return names
}

/** The names for display: a counterparty that no longer exists keeps its number ("#12"). */
export function namesOrNumbers(
  names: ReadonlyMap<number, string | null>,
): ReadonlyMap<number, string> {
  return new Map([...names].map(([id, name]) => [id, name ?? `#${id}`]))
}
