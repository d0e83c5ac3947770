import { Anchor, Badge, Group, Text } from '@mantine/core'
import { format, parseISO } from 'date-fns'
import { da, enGB } from 'date-fns/locale'
import type { UpcomingItem } from '../../../preload/contract'
import { useT } from '../../i18n/i18n-context'
import type { Language } from '../../lib/vocabulary'
import { upcomingLink } from './record-links'
import type { UpcomingKind, UpcomingRow } from './upcoming-months'

const KIND_COLORS: Record<UpcomingKind, string> = {
  expiry: 'red',
  renewal: 'teal',
  notice_deadline: 'orange',
  objection_deadline: 'grape',
  supervision_due: 'indigo',
}

export function UpcomingRowView({ row }: { row: UpcomingRow }) {
  return row.type === 'month' ? (
    <MonthHeader month={row.month} count={row.count} />
  ) : (
    <UpcomingEntry item={row.item} />
  )
}

function MonthHeader({ month, count }: { month: string; count: number }) {
  const { t, fill, formatNumber, language } = useT()
  return (
    <Group className="group-header" justify="space-between" px="sm" py={8}>
      <Text fw={700} data-testid="upcoming-month">
        {monthName(language, month)}
      </Text>
      <Text size="sm" c="dimmed">
        {count === 1
          ? t.dashboard.upcoming.countOne
          : fill(t.dashboard.upcoming.count, { count: formatNumber(count) })}
      </Text>
    </Group>
  )
}

function UpcomingEntry({ item }: { item: UpcomingItem }) {
  const { t, language, formatDate } = useT()
  const link = upcomingLink(item)
  return (
    <Group className="warning-item" gap="sm" px="sm" py={6} wrap="nowrap" data-testid="upcoming">
      <Text size="sm" w={140} fw={500} className="no-wrap">
        {formatDate(item.date)}
      </Text>
      <Badge color={KIND_COLORS[item.kind]} variant="light" w={130} tt="none">
        {t.dashboard.upcoming.kinds[item.kind]}
      </Badge>
      <Text size="sm" style={{ flex: 1 }}>
        {item.label[language]}
      </Text>
      <Anchor href={link.href} size="xs" className="no-wrap">
        {t.dashboard.open[link.target]} →
      </Anchor>
    </Group>
  )
}

const LOCALES = { da, en: enGB }

/** '2026-12' → "December 2026" in the UI language. */
function monthName(language: Language, month: string): string {
  const name = format(parseISO(`${month}-01`), 'LLLL yyyy', { locale: LOCALES[language] })
  return name.charAt(0).toLocaleUpperCase() + name.slice(1)
}
