import { createContext, useContext } from 'react'

/**
 * What a view of findings does after a write made from inside it (erasing a person from their
 * retention warning): the dashboard asks for its summary again, a counterparty's page recounts.
 */
export const RegisterChangedContext = createContext<() => void>(() => undefined)

export const useRegisterChanged = (): (() => void) => useContext(RegisterChangedContext)
