import { Anchor, Badge, Group, Text, UnstyledButton } from '@mantine/core'
import type { CSSProperties } from 'react'
import { useT } from '../../i18n/i18n-context'
import { routeHref } from '../../lib/router'
import { toggleGroup } from './dashboard-state'
import { SEVERITY_COLORS } from './severity'
import { SEVERITY_ORDER, type WarningGroup } from './warning-groups'

/**
 * A counterparty's line: name, owner, counts by severity, a bar in the colour of the worst; opens
 * and closes its warnings, and links to the counterparty (the register's group: to the settings).
 */
export function GroupHeader({ group, open }: { group: WarningGroup; open: boolean }) {
  const { t, fill } = useT()
  const { id } = group
  const worst = `var(--mantine-color-${SEVERITY_COLORS[group.worst]}-6)`
  return (
    <Group
      className="group-header"
      gap="sm"
      px="xs"
      py={6}
      wrap="nowrap"
      data-testid={id === null ? 'register-group' : 'warning-group'}
      style={{ '--severity-color': worst } as CSSProperties}
    >
      <UnstyledButton
        data-group-header
        aria-expanded={open}
        onClick={() => toggleGroup(id ?? 'register', open)}
        style={{ flex: 1, minWidth: 0 }}
      >
        <Group gap="xs" wrap="nowrap">
          <Text span w={16} c="dimmed" aria-hidden>
            {open ? '▾' : '▸'}
          </Text>
          <Text span fw={600} truncate="end" title={group.name} style={{ minWidth: 0 }}>
            {group.name}
          </Text>
          <SeverityBadges group={group} />
          {group.owner && (
            <Text span size="xs" c="dimmed" className="no-wrap" ml="auto">
              {fill(t.dashboard.groups.owner, { owner: group.owner })}
            </Text>
          )}
        </Group>
      </UnstyledButton>
      <Anchor
        href={routeHref(id === null ? { page: 'settings' } : { page: 'counterparty', id })}
        size="sm"
        className="no-wrap"
      >
        {id === null ? t.dashboard.open.settings : t.dashboard.open.overview} →
      </Anchor>
    </Group>
  )
}

function SeverityBadges({ group }: { group: WarningGroup }) {
  const { t } = useT()
  return (
    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
      {SEVERITY_ORDER.filter((severity) => group.counts[severity] > 0).map((severity) => (
        <Badge key={severity} color={SEVERITY_COLORS[severity]} variant="light" size="sm">
          {group.counts[severity]} {t.dashboard.severities[severity].toLocaleLowerCase()}
        </Badge>
      ))}
    </Group>
  )
}
