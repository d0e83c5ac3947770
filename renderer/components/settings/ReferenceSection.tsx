import { Button, Group, SimpleGrid, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { format } from 'date-fns'
import { useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { asApiCallError } from '../../lib/api'
import { errorText } from '../../lib/field-error'
import { useReference } from '../../lib/reference-countries'
import { useSettings } from '../../lib/settings-context'
import { Fact } from './Fact'

/** The reference data's version, and the user's record of having checked it against its sources. */
export function ReferenceSection() {
  const { t, formatDate } = useT()
  const { settings, update } = useSettings()
  const reference = useReference()
  const [busy, setBusy] = useState(false)
  const r = t.settingsPage.reference
  const markVerified = () => {
    setBusy(true)
    update({ reference_data_verified_on: format(new Date(), 'yyyy-MM-dd') })
      .then(
        () => notifications.show({ color: 'green', message: r.marked }),
        (error: unknown) =>
          notifications.show({ color: 'red', message: errorText(t, asApiCallError(error)) }),
      )
      .finally(() => setBusy(false))
  }
  return (
    <Stack>
      <SimpleGrid cols={3}>
        <Fact
          label={r.version}
          value={reference?.version ?? t.common.loading}
          testId="reference-version"
        />
        <Fact
          label={r.shippedVerified}
          value={reference ? formatDate(reference.verified_on) : t.common.loading}
        />
        <Fact
          label={r.userVerified}
          value={
            settings.reference_data_verified_on
              ? formatDate(settings.reference_data_verified_on)
              : r.never
          }
          testId="reference-user-verified"
        />
      </SimpleGrid>
      <Group>
        <Button variant="light" onClick={markVerified} loading={busy}>
          {r.markVerified}
        </Button>
      </Group>
    </Stack>
  )
}
