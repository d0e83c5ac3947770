import { Select } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useT } from '../../i18n/i18n-context'
import { asApiCallError } from '../../lib/api'
import { errorText } from '../../lib/field-error'
import { useSettings } from '../../lib/settings-context'
import type { Language } from '../../lib/vocabulary'

export function LanguageSection() {
  const { t, language } = useT()
  const { update } = useSettings()
  return (
    <Select
      id="settings-language"
      label={t.settingsPage.language.label}
      description={t.settingsPage.language.hint}
      allowDeselect={false}
      w={320}
      data={[
        { value: 'da', label: t.languages.da },
        { value: 'en', label: t.languages.en },
      ]}
      value={language}
      onChange={(value) =>
        value &&
        update({ language: value as Language }).catch((error: unknown) =>
          notifications.show({ color: 'red', message: errorText(t, asApiCallError(error)) }),
        )
      }
    />
  )
}
