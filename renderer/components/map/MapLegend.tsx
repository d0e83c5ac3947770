import { Group, Text } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { STATUS_COLORS } from '../../lib/reference-countries'
import type { CountryTransfers, TransferStatus } from '../../lib/vocabulary'

const ORDER: TransferStatus[] = ['eea', 'adequate', 'safeguarded', 'missing']

/** The colours, each with how many locations of the register have that status. */
export function MapLegend({ countries }: { countries: CountryTransfers[] }) {
  const { t, fill, formatNumber } = useT()
  const total = (status: TransferStatus) =>
    countries.reduce((sum, country) => sum + (country.counts[status] ?? 0), 0)
  return (
    <Group
      gap="lg"
      px="xs"
      pt="xs"
      style={{ rowGap: 6 }}
      aria-label={t.map.legend}
      data-testid="map-legend"
    >
      {ORDER.map((status) => {
        const count = total(status)
        const locations =
          count === 1 ? t.map.locationOne : fill(t.map.locations, { count: formatNumber(count) })
        return (
          <Group key={status} gap={6} wrap="nowrap">
            <Swatch color={`var(--mantine-color-${STATUS_COLORS[status]}-5)`} />
            <Text size="xs">
              {t.map.statuses[status]} ({locations})
            </Text>
          </Group>
        )
      })}
      <Group gap={6} wrap="nowrap">
        <Swatch color="var(--mantine-color-gray-2)" />
        <Text size="xs">{t.map.noData}</Text>
      </Group>
    </Group>
  )
}

function Swatch({ color }: { color: string }) {
  return (
    <span
      aria-hidden
      style={{ width: 14, height: 14, borderRadius: 3, background: color, display: 'inline-block' }}
    />
  )
}
