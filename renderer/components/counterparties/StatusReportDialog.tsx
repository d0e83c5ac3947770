import { Alert, Button, Center, Group, Loader, Modal, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { asApiCallError, call, type ApiCallError } from '../../lib/api'
import { base64ToBlob, downloadBlob } from '../../lib/download'
import { errorText } from '../../lib/field-error'
import type { ListQuery } from '../../lib/list-query'

/**
 * The agreement status report for the list's search and filters, shown as the server renders it. The frame
 * runs no scripts (sandbox); same-origin only lets the print button reach it.
 */
export function StatusReportDialog({ query, onClose }: { query: ListQuery; onClose: () => void }) {
  const { t } = useT()
  const [html, setHtml] = useState<string | null>(null)
  const [error, setError] = useState<ApiCallError | null>(null)
  const [busy, setBusy] = useState(false)
  const frame = useRef<HTMLIFrameElement>(null)
  // The list's search and filters as the dialog opened (the list cannot change behind a modal):
  // the report covers the counterparties the list shows. Its sort and page play no part.
  const [filters] = useState(() => {
    const { sort: _sort, dir: _dir, ...filters } = query
    return filters
  })
  useEffect(() => {
    call('reports:html', { filters }).then(
      ({ html }) => setHtml(html),
      (failure: unknown) => setError(asApiCallError(failure)),
    )
  }, [filters])
  const pdf = () => {
    setBusy(true)
    call('reports:pdf', { filters })
      .then(
        ({ file_name, base64 }) => downloadBlob(base64ToBlob(base64, 'application/pdf'), file_name),
        (failure: unknown) =>
          notifications.show({ color: 'red', message: errorText(t, asApiCallError(failure)) }),
      )
      .finally(() => setBusy(false))
  }
  return (
    <Modal opened onClose={onClose} title={t.list.report} size="100%" centered>
      <Text size="sm" c="dimmed" mb="sm">
        {t.list.reportHint}
      </Text>
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
      {html === null && !error ? (
        <Center h={300}>
          <Loader />
        </Center>
      ) : (
        html !== null && (
          <iframe
            ref={frame}
            title={t.list.report}
            sandbox="allow-same-origin allow-modals"
            srcDoc={html}
            data-testid="status-report"
            style={{
              width: '100%',
              height: '62vh',
              border: '1px solid var(--mantine-color-gray-3)',
            }}
          />
        )
      )}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={() => frame.current?.contentWindow?.print()}>
          {t.list.reportPrint}
        </Button>
        <Button onClick={pdf} loading={busy}>
          {t.list.reportPdf}
        </Button>
      </Group>
    </Modal>
  )
}
