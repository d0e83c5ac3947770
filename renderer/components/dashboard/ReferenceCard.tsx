import { Paper, Text, Title } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'

/** Which reference data the warnings rest on, and what they are (and are not). */
export function ReferenceCard({ version, verifiedOn }: { version: string; verifiedOn: string }) {
  const { t, fill, formatDate } = useT()
  return (
    <Paper withBorder p="sm" data-testid="reference-data">
      <Title order={3} size="h5" mb={4}>
        {t.dashboard.reference.title}
      </Title>
      <Text size="sm">{fill(t.dashboard.reference.version, { version })}</Text>
      <Text size="sm">
        {fill(t.dashboard.reference.verified, { date: formatDate(verifiedOn) })}
      </Text>
      <Text size="xs" c="dimmed" mt="xs">
        {t.dashboard.reference.disclaimer}
      </Text>
    </Paper>
  )
}
