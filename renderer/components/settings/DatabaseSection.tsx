import { SimpleGrid } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { call } from '../../lib/api'
import type { Output } from '../../lib/vocabulary'
import { Fact } from './Fact'

export function DatabaseSection() {
  const { t, formatNumber } = useT()
  const [info, setInfo] = useState<Output<'app:info'> | null>(null)
  useEffect(() => {
    call('app:info', {}).then(setInfo, () => undefined)
  }, [])
  const d = t.settingsPage.database
  const none = t.common.loading
  return (
    <SimpleGrid cols={4}>
      <div style={{ gridColumn: 'span 4' }}>
        <Fact label={d.path} value={info?.db_path ?? none} testId="db-path" />
      </div>
      <Fact label={d.schema} value={info ? String(info.schema_version) : none} />
      <Fact label={d.count} value={info ? formatNumber(info.counterparty_count) : none} />
      <Fact label={d.version} value={info?.version ?? none} />
    </SimpleGrid>
  )
}
