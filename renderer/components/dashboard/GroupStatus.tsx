import { Button, Group, Loader, Text } from '@mantine/core'
import { useEffect } from 'react'
import { useT } from '../../i18n/i18n-context'
import type { ApiCallError } from '../../lib/api'
import { errorText } from '../../lib/field-error'
import type { GroupWarningCache } from './group-warnings'
import type { WarningRow } from './warning-groups'

type Status = Extract<WarningRow, { type: 'status' }>['status']

/**
 * What an open group shows instead of warnings. While loading it asks for them: only the groups
 * scrolled into view are drawn, so opening every group fetches no more than a screenful.
 */
export function GroupStatus({
  id,
  status,
  error,
  cache,
}: {
  /** The counterparty; null for the register, whose findings are always here. */
  id: number | null
  status: Status
  error: ApiCallError | undefined
  cache: GroupWarningCache
}) {
  const { t, fill } = useT()
  useEffect(() => {
    if (status === 'loading' && id !== null) cache.request(id)
  }, [cache, id, status])
  const texts = t.dashboard.groups
  return (
    <Group className="warning-item" gap="xs" py={6} pl={36} pr="sm" data-testid="group-status">
      {status === 'loading' && <Loader size="xs" />}
      <Text size="sm" c={status === 'failed' ? 'red.7' : 'dimmed'}>
        {status === 'loading'
          ? texts.loading
          : status === 'failed' && error
            ? fill(texts.loadFailed, { message: errorText(t, error) })
            : status === 'gone'
              ? texts.gone
              : texts.noneMatch}
      </Text>
      {status === 'failed' && (
        <Button
          size="compact-xs"
          variant="light"
          color="red"
          onClick={() => id !== null && cache.request(id)}
        >
          {t.dashboard.retry}
        </Button>
      )}
    </Group>
  )
}
