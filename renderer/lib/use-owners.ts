import { useEffect, useState } from 'react'
import { call } from './api'

/** The internal owners named in the register, for the owner filter and the form's suggestions. */
export function useOwners(): string[] {
  const [owners, setOwners] = useState<string[]>([])
  useEffect(() => {
    // Without owners the pickers just offer nothing; the list and form report real failures.
    call('counterparties:owners', {}).then(setOwners, () => undefined)
  }, [])
  return owners
}
