import { Button, Group, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useCallback, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { formatDateTime } from '../../i18n/translate'
import { asApiCallError, call } from '../../lib/api'
import { formatBytes } from '../../lib/download'
import { errorText } from '../../lib/field-error'
import { useRecords } from '../../lib/use-records'
import type { Output } from '../../lib/vocabulary'
import { ConfirmDialog } from '../detail/ConfirmDialog'
import { Fact } from './Fact'

type Backups = Output<'backups:list'>
type Backup = Backups['backups'][number]

/** The register's backups: take one now, or go back to one (the current file is kept first). */
export function BackupsSection() {
  const { t, fill, language } = useT()
  const load = useCallback(() => call('backups:list', {}).then((list) => [list]), [])
  const listing = useRecords<Backups>(load)
  const [busy, setBusy] = useState(false)
  const [restoring, setRestoring] = useState<Backup | null>(null)
  const b = t.settingsPage.backups
  const list = listing.rows?.[0]
  const backUpNow = () => {
    setBusy(true)
    call('backups:create', {})
      .then(
        (backup) => {
          notifications.show({
            color: 'green',
            message: fill(b.created, { name: backup.file_name }),
          })
          listing.reload()
        },
        (error: unknown) =>
          notifications.show({ color: 'red', message: errorText(t, asApiCallError(error)) }),
      )
      .finally(() => setBusy(false))
  }
  const restore = async (backup: Backup) => {
    const result = await call('backups:restore', { file_name: backup.file_name })
    notifications.show({
      color: result.integrity_ok ? 'green' : 'orange',
      message: result.integrity_ok ? b.restored : b.integrityFailed,
    })
    // Everything on screen came from the old file: start over from the restored one.
    setTimeout(() => window.location.reload(), 1200)
  }
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Fact label={b.folder} value={list?.dir ?? t.common.loading} />
        <Button onClick={backUpNow} loading={busy}>
          {b.now}
        </Button>
      </Group>
      {list && list.backups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {b.empty}
        </Text>
      ) : (
        <BackupTable backups={list?.backups ?? []} onRestore={setRestoring} />
      )}
      {restoring && (
        <ConfirmDialog
          title={fill(b.restoreTitle, { name: restoring.file_name })}
          body={fill(b.restoreBody, { date: formatDateTime(language, restoring.taken_at) })}
          confirmLabel={b.restore}
          color="orange"
          onConfirm={() => restore(restoring)}
          onClose={() => setRestoring(null)}
        />
      )}
    </Stack>
  )
}

function BackupTable({
  backups,
  onRestore,
}: {
  backups: Backup[]
  onRestore: (b: Backup) => void
}) {
  const { t, formatNumber, language } = useT()
  const b = t.settingsPage.backups
  return (
    <Table verticalSpacing={4} data-testid="backups">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{b.fileName}</Table.Th>
          <Table.Th>{b.takenAt}</Table.Th>
          <Table.Th>{b.size}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.file_name}>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {backup.file_name}
              </Text>
            </Table.Td>
            <Table.Td>{formatDateTime(language, backup.taken_at)}</Table.Td>
            <Table.Td>{formatBytes(backup.size, formatNumber)}</Table.Td>
            <Table.Td ta="right">
              <Button
                size="compact-sm"
                variant="subtle"
                color="orange"
                onClick={() => onRestore(backup)}
              >
                {b.restore}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** "24. maj 2018 14:05": backups are taken several times a day. */
