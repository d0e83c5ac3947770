import { Badge, Group, Text } from '@mantine/core'
import { useCallback } from 'react'
import { useT } from '../../i18n/i18n-context'
import { call } from '../../lib/api'
import { useDetail } from '../../lib/detail-context'
import { basisStatus, markOf, STATUS_COLORS, useReference } from '../../lib/reference-countries'
import { useRecords } from '../../lib/use-records'
import type { Agreement, Location } from '../../lib/vocabulary'
import { MarkBadge, placeName } from './CountryPicker'
import { LocationForm } from './LocationForm'
import { RecordTab } from './RecordTab'

export function LocationsTab() {
  const { t, formatDate, language } = useT()
  const { counterparty } = useDetail()
  const reference = useReference()
  const loadLocations = useCallback(
    () =>
      call('locations:list', { counterparty_id: counterparty.id, limit: 1000 }).then((r) => r.rows),
    [counterparty.id],
  )
  const loadAgreements = useCallback(
    () =>
      call('agreements:list', { counterparty_id: counterparty.id, limit: 1000 }).then(
        (r) => r.rows,
      ),
    [counterparty.id],
  )
  const records = useRecords<Location>(loadLocations)
  const agreements = useRecords<Agreement>(loadAgreements)
  const f = t.detail.locations.fields
  return (
    <RecordTab
      records={records}
      addLabel={t.detail.locations.add}
      titles={{ new: t.detail.locations.newTitle, edit: t.detail.locations.editTitle }}
      columns={[
        {
          header: f.country,
          width: '30%',
          cell: (l) => (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" className="no-wrap">
                {placeName(language, l.country, t.detail.locations.epo)}
              </Text>
              <MarkBadge mark={markOf(reference, l.country)} />
            </Group>
          ),
        },
        { header: f.activity, cell: (l) => t.enums.locationActivities[l.activity] },
        {
          header: f.basis,
          width: '30%',
          cell: (l) => (
            <Badge
              variant="light"
              color={STATUS_COLORS[basisStatus(reference, l.country, l.basis)]}
              tt="none"
              maw="100%"
            >
              {t.enums.transferBases[l.basis]}
            </Badge>
          ),
        },
        { header: f.tia_on, cell: (l) => formatDate(l.tia_on) },
      ]}
      renderEditor={(location) => (
        <LocationForm
          location={location}
          agreements={agreements.rows ?? []}
          reference={reference}
          onSaved={records.reload}
        />
      )}
    />
  )
}
