import { DateInput } from '@mantine/dates'
import { useState, type FocusEvent } from 'react'
import { useT } from '../../i18n/i18n-context'

interface Props {
  id: string
  label: string
  value: string | null
  onChange: (value: string | null) => void
  error?: string | undefined
  description?: string
  withAsterisk?: boolean
}

/**
 * Text typed into a date field that is no date (31.02.2026) is not taken: the field goes back to
 * the date it had. This says so next to it, rather than dropping what was typed without a word.
 */
export function useRejectedDate() {
  const { t, fill, parseDate } = useT()
  const [rejected, setRejected] = useState<string | null>(null)
  return {
    message: rejected === null ? undefined : fill(t.errors.dateRejected, { text: rejected }),
    onBlur: (event: FocusEvent<HTMLInputElement>) => {
      const text = event.currentTarget.value.trim()
      setRejected(text !== '' && parseDate(text) === null ? text : null)
    },
    accepted: () => setRejected(null),
  }
}

/** A date typed the Danish way or picked, shown as "24. maj 2018", stored as YYYY-MM-DD. */
export function DateField({ onChange, error, ...props }: Props) {
  const { formatDate, parseDate } = useT()
  const rejected = useRejectedDate()
  return (
    <DateInput
      {...props}
      clearable
      valueFormat={(value) => formatDate(value)}
      dateParser={parseDate}
      // What was just typed and not taken comes before what the form says of the date it kept.
      error={rejected.message ?? error}
      onBlur={rejected.onBlur}
      onChange={(value) => {
        rejected.accepted()
        onChange(value)
      }}
    />
  )
}
