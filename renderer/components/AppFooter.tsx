import { Group, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useT } from '../i18n/i18n-context'
import { call } from '../lib/api'

export function AppFooter() {
  const { t, fill } = useT()
  const [version, setVersion] = useState<string | null>(null)
  useEffect(() => {
    // The version is a courtesy: a failure here shows up elsewhere, not in the footer.
    call('app:info', {}).then(
      (info) => setVersion(info.version),
      () => undefined,
    )
  }, [])
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Text size="xs" c="dimmed" className="no-wrap" data-testid="disclaimer">
        {t.app.disclaimer}
      </Text>
      {version && (
        <Text size="xs" c="dimmed" className="no-wrap">
          {fill(t.app.version, { version })}
        </Text>
      )}
    </Group>
  )
}
