import { Button, Card, Group, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useT } from '../i18n/i18n-context'
import { asApiCallError, call } from '../lib/api'
import { errorText } from '../lib/field-error'
import { useSettings } from '../lib/settings-context'

/**
 * A first start on an empty register offers the demo register (issue 2 item 5). Shown until the
 * register has rows or the user chose to start empty.
 */
export function DemoOffer({ onLoaded }: { onLoaded: () => void }) {
  const { t, fill } = useT()
  const { settings, update } = useSettings()
  const [empty, setEmpty] = useState(false)
  const [busy, setBusy] = useState<'load' | 'dismiss' | null>(null)

  useEffect(() => {
    if (settings.demo_offer_dismissed) return
    call('app:info', {}).then(
      (info) => setEmpty(info.counterparty_count === 0),
      () => undefined,
    )
  }, [settings.demo_offer_dismissed])

  if (!empty || settings.demo_offer_dismissed) return null

  const run = (kind: 'load' | 'dismiss', action: () => Promise<void>) => {
    setBusy(kind)
    action()
      .catch((error: unknown) =>
        notifications.show({ color: 'red', message: errorText(t, asApiCallError(error)) }),
      )
      .finally(() => setBusy(null))
  }
  const loadDemo = () =>
    run('load', async () => {
      const { counterparties } = await call('demo:create', {})
      setEmpty(false)
      notifications.show({
        color: 'green',
        message: fill(t.demo.loaded, { count: counterparties }),
      })
      onLoaded()
    })
  const startEmpty = () => run('dismiss', () => update({ demo_offer_dismissed: true }))

  return (
    <Card withBorder padding="lg" data-testid="demo-offer">
      <Title order={3} size="h4" mb="xs">
        {t.demo.title}
      </Title>
      <Text mb="md">{t.demo.body}</Text>
      <Group>
        <Button onClick={loadDemo} loading={busy === 'load'} disabled={busy !== null}>
          {t.demo.load}
        </Button>
        <Button
          variant="default"
          onClick={startEmpty}
          loading={busy === 'dismiss'}
          disabled={busy !== null}
        >
          {t.demo.startEmpty}
        </Button>
      </Group>
    </Card>
  )
}
