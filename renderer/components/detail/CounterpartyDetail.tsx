import { Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core'
import { useCallback, useMemo, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { COUNTERPARTY_STATUS_COLORS } from '../counterparties/CounterpartyTable'
import { DetailContext, type DetailState } from '../../lib/detail-context'
import { DETAIL_TABS, navigate, type DetailTab } from '../../lib/router'
import { useCounterpartyWarnings } from '../../lib/use-counterparty-warnings'
import type { Counterparty } from '../../lib/vocabulary'
import { SEVERITY_COLORS } from '../dashboard/severity'
import { CounterpartyEditForm } from '../counterparties/CounterpartyEditForm'
import { AgreementsTab } from './AgreementsTab'
import { ContactsTab } from './ContactsTab'
import { HistoryTab } from './HistoryTab'
import { LocationsTab } from './LocationsTab'
import { SubProcessorsTab } from './SubProcessorsTab'
import { SupervisionTab } from './SupervisionTab'
import { WarningsTab } from './WarningsTab'

interface Props {
  record: Counterparty
  tab: DetailTab | undefined
  item: number | 'new' | undefined
}

/** One counterparty with everything that hangs on it, a tab per kind of record. */
export function CounterpartyDetail({ record, tab = 'overview', item }: Props) {
  const { t, fill, formatDate } = useT()
  const [counterparty, setCounterparty] = useState(record)
  const [generation, setGeneration] = useState(0)
  const warnings = useCounterpartyWarnings(counterparty.id, generation)
  const changed = useCallback(() => setGeneration((n) => n + 1), [])
  const state = useMemo<DetailState>(
    () => ({ counterparty, tab, item, changed }),
    [counterparty, tab, item, changed],
  )
  const onSaved = (saved: Counterparty) => {
    setCounterparty(saved)
    changed()
  }
  return (
    <DetailContext value={state}>
      <Stack maw={1100} gap="sm">
        <div>
          <Group gap="sm">
            <Title order={2}>{counterparty.name}</Title>
            <Badge variant="dot" tt="none" color={COUNTERPARTY_STATUS_COLORS[counterparty.status]}>
              {t.enums.counterpartyStatuses[counterparty.status]}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {fill(t.form.stamps, {
              created: formatDate(counterparty.created_at),
              updated: formatDate(counterparty.updated_at),
            })}
          </Text>
        </div>
        <Tabs
          value={tab}
          keepMounted={false}
          onChange={(next) =>
            next && navigate({ page: 'counterparty', id: counterparty.id, tab: next as DetailTab })
          }
        >
          <Tabs.List>
            {DETAIL_TABS.map((name) => (
              <Tabs.Tab
                key={name}
                value={name}
                rightSection={
                  name === 'warnings' && <WarningCount warnings={warnings.result?.warnings} />
                }
              >
                {t.detail.tabs[name]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="overview" pt="md">
            <CounterpartyEditForm record={counterparty} onSaved={onSaved} />
          </Tabs.Panel>
          <Tabs.Panel value="contacts" pt="md">
            <ContactsTab />
          </Tabs.Panel>
          <Tabs.Panel value="agreements" pt="md">
            <AgreementsTab />
          </Tabs.Panel>
          <Tabs.Panel value="locations" pt="md">
            <LocationsTab />
          </Tabs.Panel>
          <Tabs.Panel value="sub-processors" pt="md">
            <SubProcessorsTab />
          </Tabs.Panel>
          <Tabs.Panel value="supervision" pt="md">
            <SupervisionTab />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="md">
            <HistoryTab key={generation} />
          </Tabs.Panel>
          <Tabs.Panel value="warnings" pt="md">
            <WarningsTab warnings={warnings} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </DetailContext>
  )
}

function WarningCount({
  warnings,
}: {
  warnings: { severity: keyof typeof SEVERITY_COLORS }[] | undefined
}) {
  if (!warnings || warnings.length === 0) return null
  const worst = (['critical', 'high', 'medium', 'low'] as const).find((s) =>
    warnings.some((w) => w.severity === s),
  )
  return (
    <Badge
      size="sm"
      circle={warnings.length < 10}
      color={worst ? SEVERITY_COLORS[worst] : 'gray'}
      data-testid="warning-count"
    >
      {warnings.length}
    </Badge>
  )
}
