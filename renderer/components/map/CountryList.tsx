import { Badge, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { countryName } from '../../lib/countries'
import { STATUS_COLORS } from '../../lib/reference-countries'
import type { CountryTransfers, TransferStatus } from '../../lib/vocabulary'

const RANK: Record<TransferStatus, number> = { missing: 0, safeguarded: 1, adequate: 2, eea: 3 }

/**
 * Every country with data, worst first: small places (Jersey, Singapore) hardly show on a world
 * map, and a list can be used from the keyboard.
 */
export function CountryList(props: {
  countries: CountryTransfers[]
  selected: string | null
  onSelect: (code: string) => void
}) {
  const { t, language, fill } = useT()
  const sorted = [...props.countries].sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      countryName(language, a.country).localeCompare(countryName(language, b.country), language),
  )
  return (
    <div>
      <Title order={3} size="h5" mb={4}>
        {t.map.countries}
      </Title>
      <ScrollArea.Autosize mah={250} type="auto" offsetScrollbars>
        {sorted.map((country) => (
          <NavLink
            key={country.country}
            component="button"
            active={country.country === props.selected}
            onClick={() => props.onSelect(country.country)}
            label={countryName(language, country.country)}
            leftSection={
              <Badge
                size="xs"
                circle
                color={STATUS_COLORS[country.status]}
                aria-label={t.map.statuses[country.status]}
              >
                {' '}
              </Badge>
            }
            rightSection={
              <Group gap={4}>
                <Text size="xs" c="dimmed">
                  {country.counterparty_total === 1
                    ? t.map.counterpartyOne
                    : fill(t.map.counterparties, { count: country.counterparty_total })}
                </Text>
              </Group>
            }
            data-testid={`map-country-${country.country}`}
          />
        ))}
      </ScrollArea.Autosize>
    </div>
  )
}
