import { SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { CalendarCard } from './CalendarCard'
import { ExportCard } from './ExportCard'
import { ImportCard } from './ImportCard'
import { ReportCard } from './ReportCard'

/** Everything that leaves or enters the register as a file (issue 5). */
export function DataPage() {
  const { t } = useT()
  return (
    <Stack gap="md" maw={1200}>
      <Title order={2}>{t.data.title}</Title>
      <Text size="sm" c="dimmed">
        {t.data.intro}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <ExportCard />
        <CalendarCard />
        <ReportCard />
      </SimpleGrid>
      <ImportCard />
    </Stack>
  )
}
