import { Card, Stack, Text, Title } from '@mantine/core'
import { useT } from '../i18n/i18n-context'

export function SettingsPage() {
  const { t } = useT()
  return (
    <Stack maw={880}>
      <Title order={2}>{t.settings.title}</Title>
      <Card withBorder padding="lg">
        <Text c="dimmed">{t.settings.placeholderBody}</Text>
      </Card>
    </Stack>
  )
}
