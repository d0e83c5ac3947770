import { Alert, Anchor, Group } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { routeHref } from '../../lib/router'
import type { ImportResult } from './import-mapping'

export function ImportResultAlert({
  result,
  onAgain,
}: {
  result: ImportResult
  onAgain: () => void
}) {
  const { t, fill } = useT()
  const i = t.data.import
  return (
    <Alert color="green" data-testid="import-result">
      {fill(i.done, {
        count: result.created.length,
        contacts: result.contacts_created,
        skipped: result.skipped_duplicates,
      })}
      <Group gap="md" mt="xs">
        <Anchor href={routeHref({ page: 'counterparties' })} size="sm">
          {i.showList}
        </Anchor>
        <Anchor component="button" size="sm" onClick={onAgain}>
          {i.again}
        </Anchor>
      </Group>
    </Alert>
  )
}
