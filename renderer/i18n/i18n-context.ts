import { createContext, useContext } from 'react'
import type { Language } from '../lib/vocabulary'
import type { Messages } from './da'

export interface I18n {
  language: Language
  t: Messages
  fill: (template: string, params: Record<string, string | number>) => string
  formatDate: (value: string | null | undefined) => string
  formatNumber: (value: number) => string
  /** A date the user typed, as 'YYYY-MM-DD', or null. */
  parseDate: (text: string) => string | null
}

export const I18nContext = createContext<I18n | null>(null)

/** The current language's texts and formatters. */
export function useT(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useT() is used outside <I18nProvider>')
  return i18n
}
