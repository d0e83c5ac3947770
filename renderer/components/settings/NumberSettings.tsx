import { NumberInput, SimpleGrid, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useCallback } from 'react'
import { useT } from '../../i18n/i18n-context'
import { fill as fillText } from '../../i18n/translate'
import type { NumberField, Unit } from '../../lib/settings-fields'
import { useRecordForm } from '../../lib/use-record-form'
import { collect, outside, type Validator } from '../../lib/validation'
import { SettingsSave } from './SettingsSave'

type Values<K extends string> = Record<K, number | null>

interface Props<K extends string> {
  /** Prefix of the inputs' ids. */
  name: string
  /** The group's name, for the message once it is saved. */
  title: string
  fields: NumberField<K>[]
  labels: Record<K, string>
  initial: Record<K, number>
  save: (values: Record<K, number>) => Promise<void>
  cols?: number
}

/** A group of whole-number settings with their ranges and units, saved together. */
export function NumberSettings<K extends string>({
  name,
  title,
  fields,
  labels,
  initial,
  save,
  cols = 2,
}: Props<K>) {
  const { t, fill } = useT()
  const units: Record<Unit, string> = {
    days: t.detail.common.days,
    months: t.detail.common.months,
    hours: t.settingsPage.backups.hours,
    copies: t.settingsPage.backups.copies,
  }
  const validate = useCallback<Validator<Values<K>>>(
    (values, messages) =>
      collect<Values<K>>((check) => {
        for (const field of fields) {
          const value = values[field.key]
          check(
            field.key,
            value === null || outside(value, field.min, field.max),
            fillText(messages.detail.validation.wholeNumber, { min: field.min, max: field.max }),
          )
        }
      }),
    [fields],
  )
  const form = useRecordForm<Values<K>>({
    initial,
    validate,
    save: async (values) => {
      await save(values as Record<K, number>)
      notifications.show({
        color: 'green',
        message: fill(t.settingsPage.saved, { section: title }),
      })
      return values
    },
    fieldId: (field) => `${name}-${field}`,
  })
  return (
    <form onSubmit={form.submit} noValidate>
      <Stack>
        <SimpleGrid cols={cols} spacing="md" verticalSpacing="sm">
          {fields.map((field) => (
            <NumberInput
              key={field.key}
              id={`${name}-${field.key}`}
              label={labels[field.key]}
              error={form.error(field.key)}
              min={field.min}
              max={field.max}
              allowDecimal={false}
              rightSection={
                <Text size="xs" c="dimmed">
                  {units[field.unit]}
                </Text>
              }
              rightSectionWidth={80}
              value={form.values[field.key] ?? ''}
              onChange={(value) => form.set(field.key, typeof value === 'number' ? value : null)}
            />
          ))}
        </SimpleGrid>
        <SettingsSave form={form} />
      </Stack>
    </form>
  )
}
