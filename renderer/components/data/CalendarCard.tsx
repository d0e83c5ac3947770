import { Button, Select, Text } from '@mantine/core'
import { useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { optionsOf } from '../../i18n/translate'
import { call } from '../../lib/api'
import { DataCard } from './DataCard'
import { download, saveText } from './save-file'

/** The register's deadlines as an iCalendar file for Outlook or Google Calendar. */
export function CalendarCard() {
  const { t, language } = useT()
  const c = t.data.calendar
  const [days, setDays] = useState('365')
  const [busy, setBusy] = useState(false)
  const save = () =>
    download(t, setBusy, async () => {
      const file = await call('calendar:ics', { language, days: Number(days) })
      saveText(file.text, file.file_name, 'text/calendar')
    })
  return (
    <DataCard title={c.title} intro={c.intro} testId="calendar-card">
      <Select
        label={c.period}
        data={optionsOf(c.periods)}
        value={days}
        onChange={(value) => value && setDays(value)}
        allowDeselect={false}
      />
      <Button onClick={save} loading={busy}>
        {c.download}
      </Button>
      <Text size="xs" c="dimmed" mt="auto">
        {c.howTo}
      </Text>
    </DataCard>
  )
}
