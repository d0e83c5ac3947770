import { createTheme, MantineProvider } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { Notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'
// Month and weekday names of the date pickers (Mantine's calendars format with dayjs).
import 'dayjs/locale/da'
import 'dayjs/locale/en-gb'
import { useT } from '../i18n/i18n-context'
import { AppFrame } from './AppFrame'
import { RecoveryGate } from './RecoveryGate'
import { SettingsGate } from './SettingsGate'

const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
})

export function App() {
  return (
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      <RecoveryGate>
        <SettingsGate>
          <LocalisedDates>
            <AppFrame />
          </LocalisedDates>
        </SettingsGate>
      </RecoveryGate>
    </MantineProvider>
  )
}

function LocalisedDates({ children }: { children: ReactNode }) {
  const { language } = useT()
  return (
    <DatesProvider settings={{ locale: language === 'da' ? 'da' : 'en-gb', firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  )
}
