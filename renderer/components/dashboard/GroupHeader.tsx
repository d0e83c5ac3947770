import { Anchor, Badge, Group, Text, UnstyledButton } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { routeHref } from '../../lib/router'
import { toggleGroup } from './dashboard-state'
import { SEVERITY_COLORS } from './severity'
import { SEVERITY_ORDER, type WarningGroup } from './warning-groups'

/** A counterparty's line above its warnings: opens and closes the group, links to the record. */
export function GroupHeader({ group, open }: { group: WarningGroup; open: boolean }) {
  const { t } = useT()
  const name = useGroupName(group)
  const id = group.counterpartyId
  const href =
    id === null ? routeHref({ page: 'settings' }) : routeHref({ page: 'counterparty', id })
  return (
    <Group
      className="group-header"
      gap="sm"
      px="xs"
      py={6}
      wrap="nowrap"
      data-testid="warning-group"
    >
      <UnstyledButton
        aria-expanded={open}
        onClick={() => toggleGroup(group.key)}
        style={{ flex: 1, minWidth: 0 }}
      >
        <Group gap="xs" wrap="nowrap">
          <Text span w={16} c="dimmed" aria-hidden>
            {open ? '▾' : '▸'}
          </Text>
          <Text span fw={600} className="no-wrap">
            {name}
          </Text>
          <SeverityBadges group={group} />
        </Group>
      </UnstyledButton>
      <Anchor href={href} size="sm" className="no-wrap">
        {id === null ? t.dashboard.open.settings : t.dashboard.open.overview} →
      </Anchor>
    </Group>
  )
}

function SeverityBadges({ group }: { group: WarningGroup }) {
  const { t } = useT()
  return (
    <Group gap={4} wrap="nowrap">
      {SEVERITY_ORDER.filter((severity) => group.counts[severity] > 0).map((severity) => (
        <Badge key={severity} color={SEVERITY_COLORS[severity]} variant="light" size="sm">
          {group.counts[severity]} {t.dashboard.severities[severity].toLocaleLowerCase()}
        </Badge>
      ))}
    </Group>
  )
}

function useGroupName(group: WarningGroup): string {
  const { t, fill } = useT()
  if (group.counterpartyId === null) return t.dashboard.groups.register
  return group.name ?? fill(t.dashboard.groups.unknownCounterparty, { id: group.counterpartyId })
}
