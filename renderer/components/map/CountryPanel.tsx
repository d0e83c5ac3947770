import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { countryName } from '../../lib/countries'
import { STATUS_COLORS } from '../../lib/reference-countries'
import { routeHref } from '../../lib/router'
import type { CountryTransfers, TransferStatus } from '../../lib/vocabulary'

const ORDER: TransferStatus[] = ['missing', 'safeguarded', 'adequate', 'eea']

/** The counterparties whose data goes to one country, worst transfer first. */
export function CountryPanel({ country }: { country: CountryTransfers }) {
  const { t, fill, language, formatNumber } = useT()
  const more = country.counterparty_total - country.counterparties.length
  return (
    <Stack gap="xs" data-testid="map-country-panel">
      <Title order={3} size="h4">
        {countryName(language, country.country)}
      </Title>
      <Group gap="xs">
        {ORDER.filter((status) => country.counts[status] > 0).map((status) => (
          <Badge key={status} color={STATUS_COLORS[status]} variant="light" tt="none">
            {t.map.statuses[status]}: {formatNumber(country.counts[status])}
          </Badge>
        ))}
      </Group>
      <Stack gap={6}>
        {country.counterparties.map((cp) => (
          <Group key={cp.id} justify="space-between" gap={4} wrap="wrap">
            <Anchor
              href={routeHref({ page: 'counterparty', id: cp.id, tab: 'locations' })}
              size="sm"
            >
              {cp.name}
            </Anchor>
            <Badge size="sm" variant="light" color={STATUS_COLORS[cp.status]} tt="none" maw="100%">
              {t.enums.transferBases[cp.basis]}
            </Badge>
          </Group>
        ))}
      </Stack>
      {more > 0 && (
        <Text size="sm" c="dimmed">
          {fill(t.map.more, { count: formatNumber(more) })}
        </Text>
      )}
    </Stack>
  )
}
