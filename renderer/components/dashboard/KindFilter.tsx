import { Group, SegmentedControl, Text } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { setDashboardState } from './dashboard-state'
import { UPCOMING_KINDS, type UpcomingKind } from './upcoming-months'

const ALL = 'all'

/** Which kind of deadline to list, each with how many there are. */
export function KindFilter({
  counts,
  total,
  active,
}: {
  counts: Record<UpcomingKind, number>
  total: number
  active: UpcomingKind | null
}) {
  const { t, formatNumber } = useT()
  const labels = t.dashboard.upcoming
  const data = [
    { value: ALL, label: `${labels.all} (${formatNumber(total)})` },
    ...UPCOMING_KINDS.map((kind) => ({
      value: kind,
      label: `${labels.kinds[kind]} (${formatNumber(counts[kind])})`,
    })),
  ]
  return (
    <Group gap="sm">
      <Text size="sm" fw={500} id="upcoming-kind-label">
        {labels.kind}
      </Text>
      <SegmentedControl
        aria-labelledby="upcoming-kind-label"
        size="sm"
        data={data}
        value={active ?? ALL}
        onChange={(value) =>
          setDashboardState({ upcomingKind: value === ALL ? null : (value as UpcomingKind) })
        }
      />
    </Group>
  )
}
