import { Card, Stack, Text, Title } from '@mantine/core'
import { useT } from '../i18n/i18n-context'
import { navigate } from '../lib/router'
import { DemoOffer } from './DemoOffer'

export function DashboardPage() {
  const { t } = useT()
  return (
    <Stack maw={880}>
      <Title order={2}>{t.dashboard.title}</Title>
      <DemoOffer onLoaded={() => navigate({ page: 'counterparties' })} />
      <Card withBorder padding="lg">
        <Title order={3} size="h4" mb="xs">
          {t.dashboard.placeholderTitle}
        </Title>
        <Text c="dimmed">{t.dashboard.placeholderBody}</Text>
      </Card>
    </Stack>
  )
}
