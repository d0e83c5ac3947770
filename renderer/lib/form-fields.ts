/**
 * The form's own fields of a record: the keys of the form's empty values, taken from the record.
 * A record's id and time stamps are not form fields, and sent back in an update's patch they would
 * be refused as unknown fields.
 */
export function formFields<V extends object>(empty: V, record: object): V {
  const values: Record<string, unknown> = { ...(empty as Record<string, unknown>) }
  for (const key of Object.keys(empty)) {
    if (Object.hasOwn(record, key)) values[key] = (record as Record<string, unknown>)[key]
  }
  return values as V
}
