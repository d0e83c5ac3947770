import { Alert, Center, Group, Text } from '@mantine/core'
import type { RefObject } from 'react'
import { useT } from '../../i18n/i18n-context'
import { errorText } from '../../lib/field-error'
import { isFiltered, type ListQuery } from '../../lib/list-query'
import { useCounterpartyPages } from '../../lib/use-counterparty-pages'
import { CounterpartyTable } from './CounterpartyTable'

/**
 * The query's results. While a new query loads, the previous results stay, dimmed; the count says
 * which search it answers (`data-search`), for tests and the bench to wait on.
 */
export function CounterpartyResults({
  query,
  generation,
  tableRef,
  onEscape,
}: {
  query: ListQuery
  /** Bumped to fetch the same query again (the register changed under it). */
  generation: number
  tableRef: RefObject<HTMLTableElement | null>
  onEscape: () => void
}) {
  const { t, fill, formatNumber } = useT()
  const pages = useCounterpartyPages(query, generation)

  if (pages.error && pages.total === null) {
    return (
      <Alert color="red">{fill(t.list.loadFailed, { message: errorText(t, pages.error) })}</Alert>
    )
  }
  const total = pages.total
  return (
    <>
      <Group justify="space-between">
        <Text
          size="sm"
          c="dimmed"
          data-testid="counterparty-count"
          data-search={pages.total === null ? undefined : pages.query.search}
          aria-busy={pages.stale || pages.total === null}
        >
          {total === null
            ? t.common.loading
            : total === 1
              ? t.list.countOne
              : fill(t.list.countOther, { count: formatNumber(total) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t.list.keyboardHint}
        </Text>
      </Group>
      {total === 0 ? (
        <Center className="scroll-area">
          <Text c="dimmed">
            {isFiltered(pages.query) ? t.list.emptyFiltered : t.list.emptyRegister}
          </Text>
        </Center>
      ) : (
        <CounterpartyTable pages={pages} query={query} tableRef={tableRef} onEscape={onEscape} />
      )}
    </>
  )
}
