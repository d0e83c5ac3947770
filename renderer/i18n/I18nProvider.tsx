import { useEffect, useMemo, type ReactNode } from 'react'
import type { Language } from '../lib/vocabulary'
import { I18nContext, type I18n } from './i18n-context'
import { fill, formatDate, formatNumber, MESSAGES, parseTypedDate } from './translate'

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const i18n = useMemo<I18n>(
    () => ({
      language,
      t: MESSAGES[language],
      fill,
      formatDate: (value) => formatDate(language, value),
      formatNumber: (value) => formatNumber(language, value),
      parseDate: (text) => parseTypedDate(language, text),
    }),
    [language],
  )
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])
  return <I18nContext value={i18n}>{children}</I18nContext>
}
