import { Anchor, Group, Stack, Title } from '@mantine/core'
import { useCallback, useMemo, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { call } from '../../lib/api'
import { useDetail } from '../../lib/detail-context'
import { routeHref } from '../../lib/router'
import { useRecords } from '../../lib/use-records'
import type { SubProcessorLink } from '../../lib/vocabulary'
import { LinkForm } from './LinkForm'
import { RecordTab } from './RecordTab'
import { SubProcessorTree } from './SubProcessorTree'

type NamedLink = SubProcessorLink & { sub_name: string; processor_name: string }

async function withNames(links: SubProcessorLink[]): Promise<NamedLink[]> {
  const names = new Map<number, Promise<string>>()
  const nameOf = (id: number) => {
    let name = names.get(id)
    if (!name) {
      name = call('counterparties:get', { id }).then((c) => c.name)
      names.set(id, name)
    }
    return name
  }
  return Promise.all(
    links.map(async (link) => ({
      ...link,
      sub_name: await nameOf(link.sub_processor_id),
      processor_name: await nameOf(link.processor_id),
    })),
  )
}

export function SubProcessorsTab() {
  const { t, fill, formatDate } = useT()
  const { counterparty } = useDetail()
  const [generation, setGeneration] = useState(0)
  const load = useCallback(
    () =>
      call('links:list', { processor_id: counterparty.id, limit: 1000 }).then((r) =>
        withNames(r.rows),
      ),
    [counterparty.id],
  )
  const records = useRecords<NamedLink>(load)
  const linked = useMemo(() => (records.rows ?? []).map((l) => l.sub_processor_id), [records.rows])
  const f = t.detail.links.fields
  const saved = () => {
    records.reload()
    setGeneration((n) => n + 1)
  }
  return (
    <RecordTab
      records={records}
      addLabel={t.detail.links.add}
      titles={{ new: t.detail.links.newTitle, edit: t.detail.links.editTitle }}
      columns={[
        { header: f.sub_processor_id, cell: (l) => l.sub_name, width: '24%' },
        { header: f.purpose, cell: (l) => l.purpose ?? t.common.none },
        { header: f.notified_on, cell: (l) => formatDate(l.notified_on) },
        { header: f.objection_deadline, cell: (l) => formatDate(l.objection_deadline) },
        {
          header: f.approved_on,
          width: '26%',
          cell: (l) =>
            l.approved_on
              ? fill(t.detail.links.approval, {
                  date: formatDate(l.approved_on),
                  name: l.approved_by ?? t.common.none,
                })
              : t.detail.links.notApproved,
        },
      ]}
      renderEditor={(link) => <LinkForm link={link} linked={linked} onSaved={saved} />}
    >
      <SubProcessorTree root={counterparty} generation={generation} />
      <UsedBy />
    </RecordTab>
  )
}

/** Where this counterparty is itself a sub-processor. */
function UsedBy() {
  const { t } = useT()
  const { counterparty } = useDetail()
  const load = useCallback(
    () =>
      call('links:list', { sub_processor_id: counterparty.id, limit: 1000 }).then((r) =>
        withNames(r.rows),
      ),
    [counterparty.id],
  )
  const { rows } = useRecords<NamedLink>(load)
  if (!rows || rows.length === 0) return null
  return (
    <Stack gap={4}>
      <Title order={3} size="h4">
        {t.detail.links.usedBy}
      </Title>
      <Group gap="md">
        {rows.map((link) => (
          <Anchor
            key={link.id}
            size="sm"
            href={routeHref({
              page: 'counterparty',
              id: link.processor_id,
              tab: 'sub-processors',
              item: link.id,
            })}
          >
            {link.processor_name}
          </Anchor>
        ))}
      </Group>
    </Stack>
  )
}
