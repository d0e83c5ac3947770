import { Badge, Paper, Table, Text, Title } from '@mantine/core'
import type { KeyboardEvent } from 'react'
import { useT } from '../../i18n/i18n-context'
import { setDashboardState } from './dashboard-state'
import { ruleTitle } from './rule-title'
import type { RuleCount } from './warning-groups'

/** Counts per rule; choosing a row filters the warnings by that rule (again: every rule). */
export function RuleTable({ rules, active }: { rules: RuleCount[]; active: string | null }) {
  const { t } = useT()
  return (
    <Paper withBorder className="dashboard-column" style={{ flex: 1 }} p="sm">
      <Title order={3} size="h5">
        {t.dashboard.byRule.title}
      </Title>
      {rules.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.dashboard.byRule.none}
        </Text>
      ) : (
        <div className="scroll-area">
          <Table
            stickyHeader
            highlightOnHover
            verticalSpacing={4}
            horizontalSpacing="xs"
            fz="xs"
            data-testid="rule-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>{t.dashboard.byRule.rule}</Table.Th>
                <Table.Th>{t.dashboard.byRule.description}</Table.Th>
                <Table.Th w={56} ta="right">
                  {t.dashboard.byRule.count}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.map((entry) => (
                <RuleRow key={entry.rule} entry={entry} selected={active === entry.rule} />
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Paper>
  )
}

function RuleRow({ entry, selected }: { entry: RuleCount; selected: boolean }) {
  const { t, formatNumber } = useT()
  const choose = () => setDashboardState({ rule: selected ? null : entry.rule })
  return (
    <Table.Tr
      className="rule-row"
      tabIndex={0}
      aria-selected={selected}
      onClick={choose}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return
        event.preventDefault()
        choose()
      }}
    >
      <Table.Td>
        <Badge color="gray" variant="light" size="sm">
          {entry.rule}
        </Badge>
      </Table.Td>
      <Table.Td>{ruleTitle(t, entry.rule)}</Table.Td>
      <Table.Td ta="right" fw={600}>
        {formatNumber(entry.count)}
      </Table.Td>
    </Table.Tr>
  )
}
