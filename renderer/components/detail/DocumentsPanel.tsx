import {
  ActionIcon,
  Button,
  CopyButton,
  FileButton,
  Group,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useCallback, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { asApiCallError, call } from '../../lib/api'
import { base64ToBlob, downloadBlob, fileToBase64, formatBytes, openBlob } from '../../lib/download'
import { errorText } from '../../lib/field-error'
import { useRecords } from '../../lib/use-records'
import type { DocumentMeta, DocumentOwner } from '../../lib/vocabulary'
import { ConfirmDialog } from './ConfirmDialog'

const MAX_BYTES = 25 * 1024 * 1024

/** Files attached to a record: the signed PDF of an agreement, an auditor's report. */
export function DocumentsPanel({
  ownerType,
  ownerId,
}: {
  ownerType: DocumentOwner
  ownerId: number
}) {
  const { t, fill } = useT()
  const load = useCallback(
    () => call('documents:list', { owner_type: ownerType, owner_id: ownerId }),
    [ownerType, ownerId],
  )
  const documents = useRecords<DocumentMeta>(load)
  const [busy, setBusy] = useState(false)
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', message: errorText(t, asApiCallError(error)) })

  const attach = async (file: File | null) => {
    if (!file) return
    if (file.size > MAX_BYTES) {
      notifications.show({
        color: 'red',
        message: fill(t.detail.documents.tooLarge, { name: file.name }),
      })
      return
    }
    setBusy(true)
    try {
      await call('documents:create', {
        owner_type: ownerType,
        owner_id: ownerId,
        file_name: file.name,
        mime_type: file.type || 'application/octet-stream',
        content_base64: await fileToBase64(file),
      })
      notifications.show({
        color: 'green',
        message: fill(t.detail.documents.attached, { name: file.name }),
      })
      documents.reload()
    } catch (error) {
      failed(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4} size="h5">
          {t.detail.documents.title}
        </Title>
        <FileButton onChange={attach} inputProps={{ 'aria-label': t.detail.documents.attach }}>
          {(props) => (
            <Button {...props} variant="light" size="xs" loading={busy}>
              {t.detail.documents.attach}
            </Button>
          )}
        </FileButton>
      </Group>
      {documents.rows && documents.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.detail.documents.empty}
        </Text>
      ) : (
        <DocumentTable rows={documents.rows ?? []} onDeleted={documents.reload} onError={failed} />
      )}
    </Stack>
  )
}

interface TableProps {
  rows: DocumentMeta[]
  onDeleted: () => void
  onError: (error: unknown) => void
}

function DocumentTable({ rows, onDeleted, onError }: TableProps) {
  const { t, fill, formatDate, formatNumber } = useT()
  const [deleting, setDeleting] = useState<DocumentMeta | null>(null)
  const f = t.detail.documents.fields
  const fetchBlob = async (doc: DocumentMeta) => {
    const content = await call('documents:content', { id: doc.id })
    return base64ToBlob(content.content_base64, content.mime_type)
  }
  // The desktop app opens a file in the system's own viewer; in a browser the page opens it.
  const open = async (doc: DocumentMeta) => {
    const { opened } = await call('documents:open', { id: doc.id })
    if (!opened) openBlob(await fetchBlob(doc), doc.file_name)
  }
  const download = async (doc: DocumentMeta) => downloadBlob(await fetchBlob(doc), doc.file_name)
  const show = (doc: DocumentMeta, how: 'open' | 'download') =>
    (how === 'open' ? open(doc) : download(doc)).catch(onError)
  return (
    <>
      <Table verticalSpacing={4} layout="fixed" data-testid="documents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ width: '30%' }}>{f.file_name}</Table.Th>
            <Table.Th style={{ width: '11%' }}>{f.size}</Table.Th>
            <Table.Th>
              <Tooltip label={t.detail.documents.hashHint} multiline w={260}>
                <span>{f.sha256}</span>
              </Tooltip>
            </Table.Th>
            <Table.Th style={{ width: '15%' }}>{f.created_at}</Table.Th>
            <Table.Th style={{ width: 150 }} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((doc) => (
            <Table.Tr key={doc.id}>
              <Table.Td className="no-wrap">{doc.file_name}</Table.Td>
              <Table.Td>{formatBytes(doc.size, formatNumber)}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Text
                    ff="monospace"
                    size="xs"
                    title={doc.sha256}
                    className="no-wrap"
                    style={{ minWidth: 0 }}
                  >
                    {doc.sha256}
                  </Text>
                  <CopyButton value={doc.sha256}>
                    {({ copied, copy }) => (
                      <Tooltip
                        label={copied ? t.detail.documents.hashCopied : t.detail.documents.copyHash}
                      >
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          color={copied ? 'teal' : 'gray'}
                          aria-label={t.detail.documents.copyHash}
                          onClick={copy}
                        >
                          {copied ? '✓' : '⧉'}
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </CopyButton>
                </Group>
              </Table.Td>
              <Table.Td>{formatDate(doc.created_at)}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-xs" variant="subtle" onClick={() => show(doc, 'open')}>
                    {t.detail.documents.open}
                  </Button>
                  <Button size="compact-xs" variant="subtle" onClick={() => show(doc, 'download')}>
                    {t.detail.documents.download}
                  </Button>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red"
                    aria-label={`${t.common.delete} ${doc.file_name}`}
                    onClick={() => setDeleting(doc)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {deleting && (
        <ConfirmDialog
          title={fill(t.detail.common.deleteTitle, { name: deleting.file_name })}
          body={fill(t.detail.common.deleteBody, { name: deleting.file_name })}
          confirmLabel={t.common.delete}
          onConfirm={async () => {
            await call('documents:delete', { id: deleting.id })
            onDeleted()
          }}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  )
}
