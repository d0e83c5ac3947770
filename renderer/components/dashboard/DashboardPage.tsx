import { Alert, Badge, Button, Center, Group, Loader, Stack, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { errorText } from '../../lib/field-error'
import type { Output } from '../../lib/vocabulary'
import { DemoOffer } from '../DemoOffer'
import { useDashboardState, type DashboardState } from './dashboard-state'
import { ReferenceCard } from './ReferenceCard'
import { RuleTable } from './RuleTable'
import { SeverityCards } from './SeverityCards'
import { useWarnings } from './use-compliance'
import { WarningPanel } from './WarningPanel'
import { WhatIfDate } from './WhatIfDate'
import { countByRule, countBySeverity } from './warning-groups'
import './dashboard.css'

/** "Overblik": the compliance engine's findings on the whole register (issue 3 item 5). */
export function DashboardPage() {
  const { t, fill } = useT()
  const state = useDashboardState()
  // Bumped after the demo register is loaded, or to retry: same date, new answer.
  const [generation, setGeneration] = useState(0)
  const { value, loading, error } = useWarnings(state.whatIf, generation)
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
        <DashboardBody answer={value} state={state} />
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

function DashboardBody({
  answer,
  state,
}: {
  answer: Output<'compliance:warnings'>
  state: DashboardState
}) {
  const { warnings, today, reference } = answer
  const severities = useMemo(() => countBySeverity(warnings), [warnings])
  const rules = useMemo(() => countByRule(warnings), [warnings])
  return (
    <>
      <SeverityCards counts={severities} active={state.severity} />
      <div className="dashboard-body">
        <WarningPanel warnings={warnings} rules={rules} today={today} state={state} />
        <div className="dashboard-column">
          <RuleTable rules={rules} active={state.rule} />
          <ReferenceCard version={reference.version} verifiedOn={reference.verified_on} />
        </div>
      </div>
    </>
  )
}
