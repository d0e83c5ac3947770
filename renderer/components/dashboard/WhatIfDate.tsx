import { Group, Text } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useId } from 'react'
import { useT } from '../../i18n/i18n-context'
import { useRejectedDate } from '../detail/DateField'
import { setDashboardState } from './dashboard-state'

/** Evaluate the register as of another day; shared by the dashboard and the upcoming view. */
export function WhatIfDate({ value }: { value: string | null }) {
  const { t, formatDate, parseDate } = useT()
  const id = useId()
  const rejected = useRejectedDate()
  // The label sits beside the field so the page header stays one line high.
  return (
    <Group gap="xs" wrap="nowrap">
      <Text component="label" htmlFor={id} size="sm" fw={500} className="no-wrap">
        {t.dashboard.whatIf.label}
      </Text>
      <DateInput
        id={id}
        title={t.dashboard.whatIf.description}
        placeholder={t.dashboard.whatIf.today}
        clearable
        w={180}
        valueFormat={(date) => formatDate(date)}
        dateParser={parseDate}
        value={value}
        error={rejected.message}
        onBlur={rejected.onBlur}
        onChange={(whatIf) => {
          rejected.accepted()
          setDashboardState({ whatIf })
        }}
        popoverProps={{ position: 'bottom-end' }}
      />
    </Group>
  )
}
