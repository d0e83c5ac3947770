import { Button, Text } from '@mantine/core'
import { useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { countryName } from '../../lib/countries'
import { useListQuery } from '../../lib/list-query'
import { StatusReportDialog } from '../counterparties/StatusReportDialog'
import { DataCard } from './DataCard'

/** The status report of the counterparty list, reachable from here too. */
export function ReportCard() {
  const { t, fill, language } = useT()
  const query = useListQuery()
  const [open, setOpen] = useState(false)
  const r = t.data.report
  // Every filter of the list the report follows, as the list names it.
  const filters = [
    query.search && `“${query.search}”`,
    query.kind && t.enums.kinds[query.kind],
    query.role && t.enums.roles[query.role],
    query.status && t.enums.counterpartyStatuses[query.status],
    query.owner,
    query.country && countryName(language, query.country),
    query.warnings && t.list.warningFilters[query.warnings],
  ].filter(Boolean)
  return (
    <DataCard title={r.title} intro={r.intro} testId="report-card">
      <Button onClick={() => setOpen(true)}>{r.open}</Button>
      <Text size="xs" c="dimmed" mt="auto">
        {fill(r.filters, { filters: filters.length > 0 ? filters.join(', ') : r.noFilters })}
      </Text>
      {open && <StatusReportDialog query={query} onClose={() => setOpen(false)} />}
    </DataCard>
  )
}
