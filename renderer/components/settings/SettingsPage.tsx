import { Card, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useT } from '../../i18n/i18n-context'
import { BACKUP_FIELDS, THRESHOLD_FIELDS } from '../../lib/settings-fields'
import { useSettings } from '../../lib/settings-context'
import { BackupsSection } from './BackupsSection'
import { DatabaseSection } from './DatabaseSection'
import { LanguageSection } from './LanguageSection'
import { NumberSettings } from './NumberSettings'
import { OrganisationSection } from './OrganisationSection'
import { ReferenceSection } from './ReferenceSection'

export function SettingsPage() {
  const { t } = useT()
  const { settings, update } = useSettings()
  const s = t.settingsPage
  return (
    <Stack maw={960}>
      <Title order={2}>{t.settings.title}</Title>
      <Section title={s.organisation.title}>
        <OrganisationSection />
      </Section>
      <Section title={s.language.title}>
        <LanguageSection />
      </Section>
      <Section title={s.thresholds.title} intro={s.thresholds.intro}>
        <NumberSettings
          name="threshold"
          title={s.thresholds.title}
          fields={THRESHOLD_FIELDS}
          labels={s.thresholds.labels}
          initial={settings.thresholds}
          save={(thresholds) => update({ thresholds: { ...settings.thresholds, ...thresholds } })}
        />
      </Section>
      <Section title={s.reference.title} intro={s.reference.intro}>
        <ReferenceSection />
      </Section>
      <Section title={s.database.title}>
        <DatabaseSection />
      </Section>
      <Section title={s.backups.title}>
        <BackupsSection />
        <Title order={4} size="h5" mt="md" mb="xs">
          {s.backups.rotation}
        </Title>
        <NumberSettings
          name="backup"
          title={s.backups.rotation}
          cols={3}
          fields={BACKUP_FIELDS}
          labels={{
            interval_hours: s.backups.interval_hours,
            daily: s.backups.daily,
            weekly: s.backups.weekly,
          }}
          initial={settings.backups}
          save={(backups) => update({ backups })}
        />
      </Section>
    </Stack>
  )
}

function Section({
  title,
  intro,
  children,
}: {
  title: string
  intro?: string
  children: ReactNode
}) {
  return (
    <Card withBorder padding="lg">
      <Title order={3} size="h4" mb={intro ? 4 : 'sm'}>
        {title}
      </Title>
      {intro && (
        <Text size="sm" c="dimmed" mb="sm">
          {intro}
        </Text>
      )}
      {children}
    </Card>
  )
}
