import { Anchor, Badge, Box, Group, Text } from '@mantine/core'
import type { Warning } from '../../../preload/contract'
import { useT } from '../../i18n/i18n-context'
import { RetentionErase } from '../RetentionErase'
import { warningLink } from './record-links'
import { ruleTitle } from './rule-title'
import { SEVERITY_COLORS } from './severity'

/** One warning: what is wrong, why (the legal reference), by when, and where to fix it. */
export function WarningItem({ warning, today }: { warning: Warning; today: string }) {
  const { t, fill, language } = useT()
  const link = warningLink(warning)
  return (
    <Box className="warning-item" py={6} pl={36} pr="sm" data-testid="warning">
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Badge color={SEVERITY_COLORS[warning.severity]} variant="filled" size="sm" miw={64}>
          {t.dashboard.severities[warning.severity]}
        </Badge>
        <Badge variant="outline" color="gray" size="sm" title={ruleTitle(t, warning.rule)}>
          {warning.rule}
        </Badge>
        <Text size="sm" style={{ flex: 1 }}>
          {warning.message[language]}
        </Text>
      </Group>
      <Group gap="md" mt={2} pl={2} wrap="nowrap" align="flex-start">
        <DueDate due={warning.due} today={today} />
        <Text size="xs" c="dimmed" style={{ flex: 1 }}>
          {fill(t.dashboard.warning.legalRef, { ref: warning.legal_ref })}
        </Text>
        <RetentionErase warning={warning} />
        <Anchor href={link.href} size="xs" className="no-wrap">
          {t.dashboard.open[link.target]} →
        </Anchor>
      </Group>
    </Box>
  )
}

function DueDate({ due, today }: { due: string | null; today: string }) {
  const { t, fill, formatDate } = useT()
  if (due === null) return null
  // The engine dates "immediately" as the day it evaluates.
  if (due === today) {
    return (
      <Text size="xs" fw={600} className="no-wrap">
        {t.dashboard.warning.dueNow}
      </Text>
    )
  }
  const overdue = due < today
  return (
    <Text
      size="xs"
      fw={overdue ? 600 : undefined}
      c={overdue ? 'red.7' : undefined}
      className="no-wrap"
    >
      {fill(overdue ? t.dashboard.warning.overdue : t.dashboard.warning.due, {
        date: formatDate(due),
      })}
    </Text>
  )
}
