import { Badge } from '@mantine/core'
import { useCallback } from 'react'
import { useT } from '../../i18n/i18n-context'
import { call } from '../../lib/api'
import { useDetail } from '../../lib/detail-context'
import { useRecords } from '../../lib/use-records'
import type { Agreement, AgreementStatus } from '../../lib/vocabulary'
import { AgreementForm } from './AgreementForm'
import { RecordTab } from './RecordTab'

export const AGREEMENT_STATUS_COLORS: Record<AgreementStatus, string> = {
  draft: 'gray',
  sent: 'yellow',
  signed: 'green',
  terminated: 'red',
}

export function AgreementsTab() {
  const { t, formatDate } = useT()
  const { counterparty } = useDetail()
  const load = useCallback(
    () =>
      call('agreements:list', { counterparty_id: counterparty.id, limit: 1000 }).then(
        (r) => r.rows,
      ),
    [counterparty.id],
  )
  const records = useRecords<Agreement>(load)
  const fields = t.detail.agreements.fields
  return (
    <RecordTab
      records={records}
      addLabel={t.detail.agreements.add}
      titles={{ new: t.detail.agreements.newTitle, edit: t.detail.agreements.editTitle }}
      columns={[
        {
          header: fields.type,
          cell: (a) => a.title ?? t.enums.agreementTypes[a.type],
          width: '34%',
        },
        {
          header: fields.status,
          cell: (a) => (
            <Badge variant="light" color={AGREEMENT_STATUS_COLORS[a.status]} tt="none">
              {t.enums.agreementStatuses[a.status]}
            </Badge>
          ),
        },
        { header: fields.signed_on, cell: (a) => formatDate(a.signed_on) },
        { header: fields.effective_from, cell: (a) => formatDate(a.effective_from) },
        {
          header: fields.expires_on,
          cell: (a) => (a.expires_on ? formatDate(a.expires_on) : t.detail.agreements.noExpiry),
        },
      ]}
      renderEditor={(agreement) => (
        <AgreementForm
          agreement={agreement}
          others={(records.rows ?? []).filter((a) => a.id !== agreement?.id)}
          onSaved={records.reload}
        />
      )}
    />
  )
}
