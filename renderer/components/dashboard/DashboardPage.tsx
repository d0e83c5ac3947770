import { Alert, Badge, Button, Center, Group, Loader, Stack, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { errorText } from '../../lib/field-error'
import { RegisterChangedContext } from '../../lib/register-changed'
import { parseRoute } from '../../lib/router'
import { DemoOffer } from '../DemoOffer'
import { useDashboardState, type DashboardState } from './dashboard-state'
import { ReferenceCard } from './ReferenceCard'
import { RuleTable } from './RuleTable'
import { SeverityCards } from './SeverityCards'
import { GroupWarningCache } from './group-warnings'
import { prefetchSummary, useSummary, type SummaryAnswer } from './use-compliance'
import { WarningPanel } from './WarningPanel'
import { WhatIfDate } from './WhatIfDate'
import { orderGroups, ruleCounts } from './warning-groups'
import './dashboard.css'

// The app opens on the dashboard: ask for the summary once the start-up code has run (it takes the
// token out of the address first), rather than after the gates that wrap every page.
if (typeof window !== 'undefined') {
  setTimeout(() => {
    if (parseRoute(window.location.hash).page === 'dashboard') prefetchSummary()
  }, 0)
}

/**
 * "Overblik": the compliance engine's findings on the whole register (issue 3 item 5). It opens on
 * the summary (counts and one line per counterparty); a counterparty's warnings are fetched when
 * its group is opened, so 20,000 counterparties open as fast as twenty (issue 4 item 8).
 */
export function DashboardPage() {
  const { t, fill } = useT()
  const state = useDashboardState()
  // Bumped after the demo register is loaded, or to retry: same date, new answer.
  const [generation, setGeneration] = useState(0)
  const { value, loading, error } = useSummary(state.whatIf, generation)
  const reload = () => setGeneration((n) => n + 1)
  return (
    <Stack className="full-height-page" gap="sm">
      <Group justify="space-between">
        <Group gap="sm" align="center">
          <Title order={2}>{t.dashboard.title}</Title>
          {loading && value && <Loader size="xs" />}
        </Group>
        <WhatIfNotice value={state.whatIf} />
      </Group>
      <DemoOffer onLoaded={reload} />
      {error && (
        <Alert color="red" title={fill(t.dashboard.loadFailed, { message: errorText(t, error) })}>
          <Button size="xs" variant="light" color="red" onClick={reload}>
            {t.dashboard.retry}
          </Button>
        </Alert>
      )}
      {value ? (
        <RegisterChangedContext value={reload}>
          <DashboardBody answer={value} state={state} />
        </RegisterChangedContext>
      ) : (
        loading && (
          <Center py="xl">
            <Loader />
          </Center>
        )
      )}
    </Stack>
  )
}

function WhatIfNotice({ value }: { value: string | null }) {
  const { t, fill, formatDate } = useT()
  return (
    <Group gap="sm">
      {value && (
        <Badge color="orange" variant="light" size="lg" tt="none" data-testid="what-if">
          {fill(t.dashboard.whatIf.active, { date: formatDate(value) })}
        </Badge>
      )}
      <WhatIfDate value={value} />
    </Group>
  )
}

function DashboardBody({ answer, state }: { answer: SummaryAnswer; state: DashboardState }) {
  const { summary } = answer
  // The warnings of opened groups, asked for as of the summary's date and kept as long as it is.
  const cache = useMemo(() => new GroupWarningCache(answer.asked), [answer])
  const groups = useMemo(() => orderGroups(summary.groups), [summary])
  const rules = useMemo(() => ruleCounts(summary.by_rule), [summary])
  return (
    <>
      <SeverityCards counts={summary.by_severity} active={state.severity} />
      <div className="dashboard-body">
        <WarningPanel summary={summary} groups={groups} rules={rules} cache={cache} state={state} />
        <div className="dashboard-column">
          <RuleTable rules={rules} active={state.rule} />
          <ReferenceCard
            version={summary.reference.version}
            verifiedOn={summary.reference.verified_on}
          />
        </div>
      </div>
    </>
  )
}
