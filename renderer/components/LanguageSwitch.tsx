import { SegmentedControl } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useT } from '../i18n/i18n-context'
import { asApiCallError } from '../lib/api'
import { errorText } from '../lib/field-error'
import { useSettings } from '../lib/settings-context'
import type { Language } from '../lib/vocabulary'

const LANGUAGES: Language[] = ['da', 'en']

export function LanguageSwitch() {
  const { t, language } = useT()
  const { update } = useSettings()
  const choose = (value: string) => {
    update({ language: value as Language }).catch((error: unknown) =>
      notifications.show({ color: 'red', message: errorText(t, asApiCallError(error)) }),
    )
  }
  return (
    <SegmentedControl
      aria-label={t.languageSwitch}
      size="xs"
      value={language}
      onChange={choose}
      data={LANGUAGES.map((value) => ({ value, label: t.languages[value] }))}
    />
  )
}
