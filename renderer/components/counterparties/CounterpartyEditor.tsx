import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { asApiCallError, call, type ApiCallError } from '../../lib/api'
import { errorText } from '../../lib/field-error'
import { routeHref, type DetailTab } from '../../lib/router'
import type { Counterparty } from '../../lib/vocabulary'
import { CounterpartyDetail } from '../detail/CounterpartyDetail'
import { CounterpartyEditForm } from './CounterpartyEditForm'

type Loading =
  | { state: 'loading' }
  | { state: 'ready'; record: Counterparty | null }
  | { state: 'failed'; error: ApiCallError }

interface Props {
  id: number | 'new'
  tab?: DetailTab | undefined
  item?: number | 'new' | undefined
}

/** The counterparty page: loads the record and shows its tabs, or the empty form for 'new'. */
export function CounterpartyEditor({ id, tab, item }: Props) {
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
      return loading.record ? (
        <CounterpartyDetail record={loading.record} tab={tab} item={item} />
      ) : (
        <CounterpartyEditForm record={null} />
      )
  }
}
