import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { asApiCallError, call, type ApiCallError } from '../../lib/api'
import { errorText } from '../../lib/field-error'
import type { CountryTransfers } from '../../lib/vocabulary'
import { CountryList } from './CountryList'
import { CountryPanel } from './CountryPanel'
import { MapLegend } from './MapLegend'
import { WorldMap } from './WorldMap'

/** Where the register's data goes, for those who would rather look than read. */
export function MapPage() {
  const { t, fill } = useT()
  const [countries, setCountries] = useState<CountryTransfers[] | null>(null)
  const [error, setError] = useState<ApiCallError | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  useEffect(() => {
    call('locations:by-country', {}).then(setCountries, (failure: unknown) =>
      setError(asApiCallError(failure)),
    )
  }, [])
  const byCode = useMemo(() => new Map((countries ?? []).map((c) => [c.country, c])), [countries])
  if (error) {
    return (
      <Alert color="red">
        {fill(t.detail.common.loadFailed, { message: errorText(t, error) })}
      </Alert>
    )
  }
  const chosen = selected ? byCode.get(selected) : undefined
  return (
    <Stack gap="sm">
      <Title order={2}>{t.map.title}</Title>
      <Text size="sm" c="dimmed">
        {t.map.intro}
      </Text>
      {countries === null ? (
        <Loader />
      ) : (
        <div className="map-layout">
          <Card withBorder padding="xs">
            <WorldMap byCode={byCode} selected={selected} onSelect={setSelected} />
            <MapLegend countries={countries} />
          </Card>
          <Stack gap="md">
            {countries.length === 0 ? (
              <Text c="dimmed">{t.map.empty}</Text>
            ) : (
              <CountryList countries={countries} selected={selected} onSelect={setSelected} />
            )}
            {chosen ? (
              <CountryPanel country={chosen} />
            ) : (
              countries.length > 0 && (
                <Text size="sm" c="dimmed">
                  {t.map.pick}
                </Text>
              )
            )}
          </Stack>
        </div>
      )}
    </Stack>
  )
}
