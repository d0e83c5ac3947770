import { useEffect, useState } from 'react'
import { asApiCallError, call, type ApiCallError } from './api'
import type { Output } from './vocabulary'

export interface CounterpartyWarnings {
  result: Output<'compliance:warnings'> | null
  error: ApiCallError | null
}

/** This counterparty's warnings; loaded again whenever `generation` moves on (after a save). */
export function useCounterpartyWarnings(id: number, generation: number): CounterpartyWarnings {
  const [state, setState] = useState<CounterpartyWarnings>({ result: null, error: null })
  useEffect(() => {
    let current = true
    call('compliance:warnings', { counterparty_id: id }).then(
      (result) => current && setState({ result, error: null }),
      (error: unknown) => current && setState((s) => ({ ...s, error: asApiCallError(error) })),
    )
    return () => {
      current = false
    }
  }, [id, generation])
  return state
}
