import { Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core'
import type { CSSProperties } from 'react'
import type { Severity } from '../../../preload/contract'
import { useT } from '../../i18n/i18n-context'
import { setDashboardState } from './dashboard-state'
import { SEVERITY_COLORS } from './severity'
import { SEVERITY_ORDER, type SeverityCounts } from './warning-groups'

/** One card per severity; clicking a card filters the warnings by it (again: all severities). */
export function SeverityCards({
  counts,
  active,
}: {
  counts: SeverityCounts
  active: Severity | null
}) {
  return (
    <SimpleGrid cols={4} spacing="sm">
      {SEVERITY_ORDER.map((severity) => (
        <SeverityCard
          key={severity}
          severity={severity}
          count={counts[severity]}
          pressed={active === severity}
        />
      ))}
    </SimpleGrid>
  )
}

function SeverityCard({
  severity,
  count,
  pressed,
}: {
  severity: Severity
  count: number
  pressed: boolean
}) {
  const { t, formatNumber } = useT()
  const color = `var(--mantine-color-${SEVERITY_COLORS[severity]}-6)`
  return (
    <UnstyledButton
      aria-pressed={pressed}
      onClick={() => setDashboardState({ severity: pressed ? null : severity })}
      data-testid={`severity-${severity}`}
    >
      <Paper
        withBorder
        px="md"
        py="xs"
        className="severity-card"
        style={{ '--severity-color': color } as CSSProperties}
      >
        <Text size="sm" fw={600} c={count > 0 ? color : 'dimmed'}>
          {t.dashboard.severities[severity]}
        </Text>
        <Text fz={28} fw={700} lh={1.2} data-testid="severity-count">
          {formatNumber(count)}
        </Text>
        <Text size="xs" c="dimmed" className="no-wrap">
          {t.dashboard.severityHints[severity]}
        </Text>
      </Paper>
    </UnstyledButton>
  )
}
