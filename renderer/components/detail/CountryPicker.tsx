import { Badge, Group, Select, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useT } from '../../i18n/i18n-context'
import { countryName, countryOptions } from '../../lib/countries'
import {
  MARK_COLORS,
  markOf,
  type CountryMark,
  type Reference,
} from '../../lib/reference-countries'
import type { Language } from '../../lib/vocabulary'

/** The pseudo-code of the one international organisation with an adequacy decision. */
export const EPO = 'IO-EPORG'

interface Props {
  id: string
  label: string
  value: string | null
  onChange: (code: string | null) => void
  reference: Reference | null
  error?: string | undefined
}

/** Countries by name in the UI language, each marked EEA / adequate / third country as you pick. */
export function CountryPicker({ reference, value, ...props }: Props) {
  const { t, language } = useT()
  const data = useMemo(() => pickerOptions(language, t.detail.locations.epo), [language, t])
  const mark = markOf(reference, value)
  return (
    <Select
      {...props}
      withAsterisk
      searchable
      value={value}
      data={data}
      placeholder={t.form.hints.countrySearch}
      description={mark ? <MarkHelp code={value} mark={mark} reference={reference} /> : undefined}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" w="100%">
          <Text size="sm">{option.label}</Text>
          <MarkBadge mark={markOf(reference, option.value)} />
        </Group>
      )}
      leftSection={mark ? <MarkDot mark={mark} /> : undefined}
    />
  )
}

function pickerOptions(language: Language, epoName: string) {
  return [...countryOptions(language), { value: EPO, label: `${epoName} (${EPO})` }]
}

export function MarkBadge({ mark }: { mark: CountryMark | null }) {
  const { t } = useT()
  if (!mark) return null
  return (
    <Badge size="xs" variant="light" color={MARK_COLORS[mark]} tt="none" style={{ flexShrink: 0 }}>
      {t.detail.locations.marks[mark]}
    </Badge>
  )
}

function MarkDot({ mark }: { mark: CountryMark }) {
  return (
    <span
      aria-hidden
      style={{
        width: 10,
        height: 10,
        borderRadius: 5,
        background: `var(--mantine-color-${MARK_COLORS[mark]}-6)`,
      }}
    />
  )
}

function MarkHelp({
  code,
  mark,
  reference,
}: {
  code: string | null
  mark: CountryMark
  reference: Reference | null
}) {
  const { t, fill, language } = useT()
  const entry = code ? reference?.byCode.get(code) : undefined
  const text = fill(t.detail.locations.markHelp[mark], {
    decision: entry?.decision ?? '',
    condition: entry?.condition?.[language] ?? '',
  })
  return (
    <Text span size="xs" data-testid="country-mark">
      <Text span fw={600} size="xs" c={`${MARK_COLORS[mark]}.8`}>
        {t.detail.locations.marks[mark]}
      </Text>
      {' · '}
      {text}
    </Text>
  )
}

/** "Tyskland" for a code, the EPO by its name. */
export function placeName(language: Language, code: string, epoName: string): string {
  return code === EPO ? epoName : countryName(language, code)
}
