import { useCallback, useMemo, useState, type FormEvent } from 'react'
import { useT } from '../i18n/i18n-context'
import { asApiCallError } from './api'
import { errorField, errorText } from './field-error'
import { useUnsavedChanges } from './unsaved-changes'
import type { Errors, Validator } from './validation'

export interface RecordForm<V> {
  values: V
  set: <K extends keyof V>(field: K, value: V[K]) => void
  /** The message to show next to a field: once it was changed, or after a save was tried. */
  error: (field: keyof V) => string | undefined
  dirty: boolean
  saving: boolean
  /** A failure of the save that belongs to no field. */
  formError: string | null
  submit: (event?: FormEvent) => Promise<void>
}

interface Options<V> {
  initial: V
  validate: Validator<V>
  /** Stores the values; returns what was stored, which becomes the new clean state. */
  save: (values: V) => Promise<V>
  /** The DOM id of a field's input, to focus the first one at fault. */
  fieldId: (field: keyof V & string) => string
}

/**
 * State of one record's form: validation as the user types and on save, the server's answer next
 * to the field it names, nothing typed lost when a save fails, and leaving with unsaved changes
 * asked about first.
 */
export function useRecordForm<V extends object>(options: Options<V>): RecordForm<V> {
  const { initial, validate, save, fieldId } = options
  const { t, fill } = useT()
  const [saved, setSaved] = useState(initial)
  const [values, setValues] = useState(initial)
  const [touched, setTouched] = useState<ReadonlySet<keyof V>>(new Set())
  const [tried, setTried] = useState(false)
  const [serverErrors, setServerErrors] = useState<Errors<V>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const errors = useMemo(() => validate(values, t), [validate, values, t])
  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(saved), [values, saved])
  useUnsavedChanges(dirty)

  const set = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }))
    setTouched((current) => new Set(current).add(field))
    setServerErrors((current) => ({ ...current, [field]: undefined }))
  }, [])

  const error = (field: keyof V) =>
    serverErrors[field] ?? (tried || touched.has(field) ? errors[field] : undefined)

  const focus = (field: string) =>
    document.getElementById(fieldId(field as keyof V & string))?.focus()

  const submit = async (event?: FormEvent) => {
    event?.preventDefault()
    setTried(true)
    setFormError(null)
    const failing = Object.keys(errors).filter((key) => errors[key as keyof V] !== undefined)
    if (failing[0] !== undefined) {
      focus(failing[0])
      return
    }
    setSaving(true)
    try {
      const stored = await save(values)
      setSaved(stored)
      setValues(stored)
      setTouched(new Set())
      setTried(false)
    } catch (failure) {
      const apiError = asApiCallError(failure)
      // A settings form's fields sit inside a section on the server: `organisation.name` is `name`.
      const path = errorField(apiError)
      const field = path !== undefined && !(path in initial) ? path.split('.').at(-1) : path
      if (field !== undefined && field in initial) {
        setServerErrors({ [field]: errorText(t, apiError) } as Errors<V>)
        focus(field)
      } else {
        setFormError(fill(t.form.saveFailed, { message: errorText(t, apiError) }))
      }
    } finally {
      setSaving(false)
    }
  }

  return { values, set, error, dirty, saving, formError, submit }
}
