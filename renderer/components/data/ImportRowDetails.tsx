import { Stack, Text } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { countryName } from '../../lib/countries'
import type { ImportPreview } from './import-mapping'
import { fieldText, reasonText } from './import-messages'

type Row = ImportPreview['rows'][number]
type RowError = ImportPreview['errors'][number]
type Duplicate = ImportPreview['duplicates'][number]

export interface RowProblems {
  errors: Map<number, RowError[]>
  duplicates: Map<number, Duplicate>
}

export function rowProblems(preview: ImportPreview): RowProblems {
  const errors = new Map<number, RowError[]>()
  for (const error of preview.errors)
    errors.set(error.row, [...(errors.get(error.row) ?? []), error])
  return { errors, duplicates: new Map(preview.duplicates.map((d) => [d.row, d])) }
}

/** What happens to one row, and why: its errors, the record it duplicates, or what is created. */
export function ImportRowDetails({ row, problems }: { row: Row; problems: RowProblems }) {
  const { t, fill, language } = useT()
  const p = t.data.import.preview
  if (row.status === 'error') {
    return (
      <Stack gap={2}>
        {(problems.errors.get(row.row) ?? []).map((error, index) => {
          const reason = reasonText(t, error.reason)
          return (
            <Text key={index} size="sm" c="red">
              {fill(error.column ? p.error : p.errorRow, {
                field: fieldText(t, error.field),
                column: error.column ?? '',
                reason,
              })}
              {error.value !== '' && !reason.includes(error.value) && (
                <Text span size="sm" c="dimmed">
                  {' · '}
                  {fill(p.value, { value: error.value })}
                </Text>
              )}
            </Text>
          )
        })}
      </Stack>
    )
  }
  const duplicate = problems.duplicates.get(row.row)
  if (row.status === 'duplicate' && duplicate) {
    const byReg = duplicate.by === 'registration_no'
    const text =
      duplicate.existing_id !== null
        ? fill(byReg ? p.dupRegisterReg : p.dupRegisterName, {
            value: duplicate.value,
            name: duplicate.existing_name ?? `#${duplicate.existing_id}`,
          })
        : fill(byReg ? p.dupFileReg : p.dupFileName, {
            value: duplicate.value,
            row: duplicate.first_row ?? '',
          })
    return <Text size="sm">{text}</Text>
  }
  const values = row.values
  const facts = [
    values?.registration_no,
    values?.country ? countryName(language, values.country) : null,
    ...(values?.kinds ?? []).map((kind) => t.enums.kinds[kind]),
    row.contact ? fill(p.contact, { name: row.contact.name }) : null,
  ].filter(Boolean)
  return (
    <Text size="sm" c="dimmed">
      {facts.join(' · ')}
    </Text>
  )
}
