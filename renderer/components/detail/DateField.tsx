import { DateInput } from '@mantine/dates'
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

/** A date typed the Danish way or picked, shown as "24. maj 2018", stored as YYYY-MM-DD. */
export function DateField({ onChange, ...props }: Props) {
  const { formatDate, parseDate } = useT()
  return (
    <DateInput
      {...props}
      clearable
      valueFormat={(value) => formatDate(value)}
      dateParser={parseDate}
      onChange={(value) => onChange(value)}
    />
  )
}
