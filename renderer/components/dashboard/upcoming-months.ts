/** Pure grouping of the upcoming view: deadlines by calendar month, optionally of one kind. */
import type { UpcomingItem } from '../../../preload/contract'

export type UpcomingKind = UpcomingItem['kind']

export const UPCOMING_KINDS: readonly UpcomingKind[] = [
  'expiry',
  'renewal',
  'notice_deadline',
  'objection_deadline',
  'supervision_due',
]

interface MonthRow {
  type: 'month'
  /** YYYY-MM */
  month: string
  count: number
}

export type UpcomingRow = MonthRow | { type: 'item'; item: UpcomingItem }

export function countByKind(items: readonly UpcomingItem[]): Record<UpcomingKind, number> {
  const counts: Record<UpcomingKind, number> = {
    expiry: 0,
    renewal: 0,
    notice_deadline: 0,
    objection_deadline: 0,
    supervision_due: 0,
  }
  for (const item of items) counts[item.kind]++
  return counts
}

/**
 * A month header ('2026-12') before each month's items, in date order. The engine sends them
 * sorted already; sorting again keeps this correct on its own.
 */
export function monthRows(
  items: readonly UpcomingItem[],
  kind: UpcomingKind | null,
): UpcomingRow[] {
  const chosen = items
    .filter((item) => kind === null || item.kind === kind)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const rows: UpcomingRow[] = []
  let header: MonthRow | undefined
  for (const item of chosen) {
    const month = item.date.slice(0, 7)
    if (header === undefined || header.month !== month) {
      header = { type: 'month', month, count: 0 }
      rows.push(header)
    }
    header.count++
    rows.push({ type: 'item', item })
  }
  return rows
}
