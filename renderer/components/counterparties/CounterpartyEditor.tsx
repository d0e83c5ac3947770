import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { asApiCallError, call, type ApiCallError } from '../../lib/api'
import { errorText } from '../../lib/field-error'
import { routeHref } from '../../lib/router'
import type { Counterparty } from '../../lib/vocabulary'
import { CounterpartyEditForm } from './CounterpartyEditForm'

type Loading =
  | { state: 'loading' }
  | { state: 'ready'; record: Counterparty | null }
  | { state: 'failed'; error: ApiCallError }

/** The counterparty page: loads the record (none for 'new') and hands it to the form. */
export function CounterpartyEditor({ id }: { id: number | 'new' }) {
  const { t } = useT()
  const [loading, setLoading] = useState<Loading>(
    id === 'new' ? { state: 'ready', record: null } : { state: 'loading' },
  )
  useEffect(() => {
    if (id === 'new') return
    call('counterparties:get', { id }).then(
      (record) => setLoading({ state: 'ready', record }),
      (error: unknown) => setLoading({ state: 'failed', error: asApiCallError(error) }),
    )
  }, [id])

  switch (loading.state) {
    case 'loading':
      return (
        <Center h={200}>
          <Loader />
        </Center>
      )
    case 'failed':
      return (
        <Stack maw={880}>
          <Alert color="red">
            {loading.error.code === 'not_found' ? t.form.notFound : errorText(t, loading.error)}
          </Alert>
          <Anchor href={routeHref({ page: 'counterparties' })}>{t.common.back}</Anchor>
        </Stack>
      )
    case 'ready':
      return <CounterpartyEditForm record={loading.record} />
  }
}
