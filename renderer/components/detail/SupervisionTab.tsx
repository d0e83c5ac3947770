import { useCallback } from 'react'
import { useT } from '../../i18n/i18n-context'
import { call } from '../../lib/api'
import { useDetail } from '../../lib/detail-context'
import { useRecords } from '../../lib/use-records'
import type { Supervision } from '../../lib/vocabulary'
import { RecordTab } from './RecordTab'
import { SupervisionForm } from './SupervisionForm'

export function SupervisionTab() {
  const { t, formatDate } = useT()
  const { counterparty } = useDetail()
  const load = useCallback(
    () =>
      call('supervisions:list', {
        counterparty_id: counterparty.id,
        sort: 'received_on',
        dir: 'desc',
        limit: 1000,
      }).then((r) => r.rows),
    [counterparty.id],
  )
  const records = useRecords<Supervision>(load)
  const f = t.detail.supervision.fields
  return (
    <RecordTab
      records={records}
      addLabel={t.detail.supervision.add}
      titles={{ new: t.detail.supervision.newTitle, edit: t.detail.supervision.editTitle }}
      columns={[
        { header: f.method, cell: (s) => t.enums.supervisionMethods[s.method], width: '23%' },
        {
          header: t.detail.supervision.period,
          width: '31%',
          cell: (s) =>
            s.period_start || s.period_end
              ? `${formatDate(s.period_start)} – ${formatDate(s.period_end)}`
              : t.common.none,
        },
        { header: f.received_on, cell: (s) => formatDate(s.received_on) },
        {
          header: f.opinion,
          width: '17%',
          cell: (s) => (s.opinion ? t.enums.supervisionOpinions[s.opinion] : t.common.none),
        },
        { header: f.next_due, cell: (s) => formatDate(s.next_due) },
      ]}
      renderEditor={(supervision) => (
        <SupervisionForm supervision={supervision} onSaved={records.reload} />
      )}
    />
  )
}
