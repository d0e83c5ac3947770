import { createContext, useContext } from 'react'
import type { Settings } from './vocabulary'

export interface SettingsState {
  settings: Settings
  /** Saves a partial change; the context shows the server's answer once it is stored. */
  update: (patch: Partial<Settings>) => Promise<void>
}

export const SettingsContext = createContext<SettingsState | null>(null)

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext)
  if (!state) throw new Error('useSettings() is used outside <SettingsGate>')
  return state
}
