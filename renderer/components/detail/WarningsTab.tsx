import { Alert, Loader, Stack, Text } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { useDetail } from '../../lib/detail-context'
import { errorText } from '../../lib/field-error'
import { RegisterChangedContext } from '../../lib/register-changed'
import { WarningItem } from '../dashboard/WarningItem'
import type { CounterpartyWarnings } from '../../lib/use-counterparty-warnings'

/** The engine's findings for this counterparty, each with a link to the record that fixes it. */
export function WarningsTab({ warnings }: { warnings: CounterpartyWarnings }) {
  const { t, fill, formatDate } = useT()
  const detail = useDetail()
  if (warnings.error) {
    return (
      <Alert color="red">
        {fill(t.detail.common.loadFailed, { message: errorText(t, warnings.error) })}
      </Alert>
    )
  }
  const result = warnings.result
  if (!result) return <Loader size="sm" />
  return (
    <RegisterChangedContext value={detail.changed}>
      <Stack gap="xs" data-testid="counterparty-warnings">
        <Text size="sm" c="dimmed">
          {t.detail.warnings.intro}
        </Text>
        {result.warnings.length === 0 ? (
          <Text>{t.detail.warnings.empty}</Text>
        ) : (
          result.warnings.map((warning) => (
            <WarningItem key={warning.id} warning={warning} today={result.today} />
          ))
        )}
        <Text size="xs" c="dimmed">
          {fill(t.detail.warnings.reference, {
            version: result.reference.version,
            date: formatDate(result.reference.verified_on),
          })}
        </Text>
      </Stack>
    </RegisterChangedContext>
  )
}
