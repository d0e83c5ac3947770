import { Badge, Group, Skeleton, Table, Text, UnstyledButton } from '@mantine/core'
import {
  createColumnHelper,
  FlexRender,
  flexRender,
  tableFeatures,
  useTable,
  type Header,
  type Row,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react'
import type { Messages } from '../../i18n/da'
import { useT, type I18n } from '../../i18n/i18n-context'
import { countryName } from '../../lib/countries'
import {
  queryKey,
  rememberedRow,
  rememberRow,
  setListQuery,
  type ListQuery,
} from '../../lib/list-query'
import { navigate } from '../../lib/router'
import type { CounterpartyPages } from '../../lib/use-counterparty-pages'
import type { Counterparty, CounterpartySort, CounterpartyStatus } from '../../lib/vocabulary'

const ROW_HEIGHT = 41

/** A position in the server's result; `counterparty` is missing while its page loads. */
interface Slot {
  index: number
  counterparty: Counterparty | undefined
}

const features = tableFeatures({})
const helper = createColumnHelper<typeof features, Slot>()
type ColumnId = 'name' | 'kinds' | 'role' | 'country' | 'status' | 'owner'

/** Columns the server can sort by (the contract's `sort`), and each column's width. */
const SORT_KEYS: Partial<Record<ColumnId, CounterpartySort>> = {
  name: 'name',
  role: 'role',
  country: 'country',
  status: 'status',
  owner: 'owner',
}
const WIDTHS: Record<ColumnId, string> = {
  name: '24%',
  kinds: '21%',
  role: '19%',
  country: '12%',
  status: '11%',
  owner: '13%',
}
export const COUNTERPARTY_STATUS_COLORS: Record<CounterpartyStatus, string> = {
  prospect: 'yellow',
  active: 'green',
  former: 'gray',
}

/**
 * The columns; their headers in the language given. The cells take their words from the language
 * in context (`Cell`), so the rows in view follow a switch of language without being built anew.
 */
function buildColumns(t: Messages) {
  const text = (id: ColumnId, value: (c: Counterparty, i18n: I18n) => string) =>
    helper.display({
      id,
      header: t.list.columns[id],
      cell: ({ row }) => (
        <Cell slot={row.original}>{(c, i18n) => value(c, i18n) || i18n.t.common.none}</Cell>
      ),
    })
  return helper.columns([
    helper.display({
      id: 'name',
      header: t.list.columns.name,
      cell: ({ row }) => (
        <Cell slot={row.original}>
          {(c) => (
            <Text fw={500} size="sm" className="no-wrap">
              {c.name}
            </Text>
          )}
        </Cell>
      ),
    }),
    helper.display({
      id: 'kinds',
      header: t.list.columns.kinds,
      cell: ({ row }) => (
        <Cell slot={row.original}>
          {(c, { t }) =>
            c.kinds.length === 0 ? (
              t.common.none
            ) : (
              <Group gap={4} wrap="nowrap" className="no-wrap">
                {c.kinds.map((kind) => (
                  <Badge key={kind} variant="light" size="md" tt="none" fw={500}>
                    {t.enums.kinds[kind]}
                  </Badge>
                ))}
              </Group>
            )
          }
        </Cell>
      ),
    }),
    text('role', (c, { t }) => t.enums.roles[c.role]),
    text('country', (c, { language }) => countryName(language, c.country)),
    helper.display({
      id: 'status',
      header: t.list.columns.status,
      cell: ({ row }) => (
        <Cell slot={row.original}>
          {(c, { t }) => (
            <Badge variant="dot" color={COUNTERPARTY_STATUS_COLORS[c.status]} size="md" tt="none">
              {t.enums.counterpartyStatuses[c.status]}
            </Badge>
          )}
        </Cell>
      ),
    }),
    text('owner', (c) => c.owner ?? ''),
  ])
}

function Cell({
  slot,
  children,
}: {
  slot: Slot
  children: (counterparty: Counterparty, i18n: I18n) => ReactNode
}) {
  const i18n = useT()
  if (!slot.counterparty) return <Skeleton height={12} radius="xl" width="70%" />
  const content = children(slot.counterparty, i18n)
  return typeof content === 'string' ? (
    <Text size="sm" className="no-wrap">
      {content}
    </Text>
  ) : (
    content
  )
}

interface TableProps {
  pages: CounterpartyPages<ListQuery>
  /** The query asked for, which the headers show; the rows may still answer the one before. */
  query: ListQuery
  tableRef: RefObject<HTMLTableElement | null>
  onEscape: () => void
}

/**
 * The virtualized list: only the rows in view are in the DOM, and only their pages are fetched,
 * so the same table serves 20 or 20,000 counterparties. Sorting is the server's. The table is one
 * tab stop; the arrow keys move a highlighted row (aria-activedescendant), Enter opens it.
 */
export function CounterpartyTable({ pages, query, tableRef, onEscape }: TableProps) {
  const { t } = useT()
  const scrollRef = useRef<HTMLDivElement>(null)
  const total = pages.total ?? 0
  // The row remembered, highlighted and scrolled to belong to the query whose rows are shown.
  const key = queryKey(pages.query)
  const [remembered] = useState(() => rememberedRow(key))
  const [selected, setSelected] = useState(remembered ?? 0)
  const [selectedFor, setSelectedFor] = useState(key)
  if (selectedFor !== key) {
    setSelectedFor(key)
    setSelected(rememberedRow(key) ?? 0)
  }
  // No React Compiler here, and the virtualizer never leaves this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // The sticky header covers the first row's height: keep a selected row out from under it.
    scrollPaddingStart: ROW_HEIGHT,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? 0
  const { ensureRange, rowAt } = pages
  useEffect(() => ensureRange(first, last), [ensureRange, first, last])

  const columns = useMemo(() => buildColumns(t), [t])
  const data = useMemo<Slot[]>(
    () =>
      range(first, total === 0 ? -1 : last).map((index) => ({ index, counterparty: rowAt(index) })),
    [first, last, total, rowAt],
  )
  const table = useTable({ features, columns, data, getRowId: (slot) => String(slot.index) })

  const select = (index: number) => {
    const next = Math.min(Math.max(index, 0), total - 1)
    setSelected(next)
    rememberRow(key, next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }
  const open = useCallback(
    (index: number) => {
      const id = rowAt(index)?.id
      if (id === undefined) return
      rememberRow(key, index)
      navigate({ page: 'counterparty', id })
    },
    [rowAt, key],
  )
  const choose = useCallback(
    (index: number) => {
      setSelected(index)
      open(index)
    },
    [open],
  )
  // Back from a counterparty: the same row is highlighted and the keyboard is where it was.
  useEffect(() => {
    if (remembered === null) return
    virtualizer.scrollToIndex(remembered, { align: 'center' })
    tableRef.current?.focus({ preventScroll: true })
  }, [remembered, virtualizer, tableRef])
  // New rows (another search, filter or sort) start from the top.
  const scrolledFor = useRef(key)
  useEffect(() => {
    if (scrolledFor.current === key) return
    scrolledFor.current = key
    virtualizer.scrollToOffset(0)
  }, [key, virtualizer])

  const onKeyDown = (event: KeyboardEvent) => {
    const pageRows = Math.max(
      Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 2,
      1,
    )
    const moves: Record<string, () => void> = {
      ArrowDown: () => select(selected + 1),
      ArrowUp: () => select(selected - 1),
      PageDown: () => select(selected + pageRows),
      PageUp: () => select(selected - pageRows),
      Home: () => select(0),
      End: () => select(total - 1),
      Enter: () => open(selected),
      Escape: onEscape,
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    move()
  }

  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  return (
    <div
      ref={scrollRef}
      className="scroll-area"
      data-stale={pages.stale || undefined}
      data-testid="counterparty-table"
    >
      <Table
        ref={tableRef}
        role="grid"
        aria-label={t.list.title}
        aria-rowcount={total + 1}
        aria-activedescendant={rowAt(selected) ? rowId(selected) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="keyboard-table"
        stickyHeader
        highlightOnHover
        layout="fixed"
        verticalSpacing={8}
      >
        <colgroup>
          {table.getAllLeafColumns().map((column) => (
            <col key={column.id} style={{ width: WIDTHS[column.id as ColumnId] }} />
          ))}
        </colgroup>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} query={query} />
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && <tr style={{ height: paddingTop }} aria-hidden />}
          <ResultRows rows={table.getRowModel().rows} selected={selected} onChoose={choose} />
          {paddingBottom > 0 && <tr style={{ height: paddingBottom }} aria-hidden />}
        </Table.Tbody>
      </Table>
    </div>
  )
}

/** The rows in view; drawn again only when they or the highlight change, not for each query asked. */
const ResultRows = memo(function ResultRows({
  rows,
  selected,
  onChoose,
}: {
  rows: Row<typeof features, Slot>[]
  selected: number
  onChoose: (index: number) => void
}) {
  return rows.map((row) => {
    const index = row.original.index
    return (
      <Table.Tr
        key={row.id}
        id={rowId(index)}
        h={ROW_HEIGHT}
        className="clickable-row"
        aria-rowindex={index + 2}
        aria-selected={index === selected}
        data-selected={index === selected || undefined}
        onClick={() => onChoose(index)}
      >
        {row.getAllCells().map((cell) => (
          <Table.Td key={cell.id}>
            <FlexRender cell={cell} />
          </Table.Td>
        ))}
      </Table.Tr>
    )
  })
})

function HeaderCell({
  header,
  query,
}: {
  header: Header<typeof features, Slot, unknown>
  query: ListQuery
}) {
  const { t } = useT()
  const sortKey = SORT_KEYS[header.column.id as ColumnId]
  const label = flexRender(header.column.columnDef.header, header.getContext())
  if (!sortKey) return <Table.Th>{label}</Table.Th>
  const active = query.sort === sortKey
  const toggle = () =>
    setListQuery({ sort: sortKey, dir: active && query.dir === 'asc' ? 'desc' : 'asc' })
  return (
    <Table.Th aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={toggle}
        fw={700}
        fz="sm"
        title={
          active ? (query.dir === 'asc' ? t.list.sortAscending : t.list.sortDescending) : undefined
        }
      >
        {label}{' '}
        <Text span c={active ? undefined : 'dimmed'} fz="xs">
          {active ? (query.dir === 'asc' ? '▲' : '▼') : '↕'}
        </Text>
      </UnstyledButton>
    </Table.Th>
  )
}

const rowId = (index: number) => `counterparty-row-${index}`

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(to - from + 1, 0) }, (_, i) => from + i)
}
