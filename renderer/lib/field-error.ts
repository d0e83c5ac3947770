import type { Messages } from '../i18n/da'
import { fill } from '../i18n/translate'
import { UNREACHABLE, type ApiCallError } from './api'
import type { ErrorCode } from './vocabulary'

/** Codes whose text the UI makes from the code and its params alone, whatever the message. */
const CODE_TEXTS: Partial<Record<ErrorCode, (t: Messages, error: ApiCallError) => string>> = {
  field_unknown: (t, error) => fill(t.errors.fieldUnknown, { key: error.params.key ?? '' }),
  patch_empty: (t) => t.errors.patchEmpty,
  disk_full: (t) => t.errors.diskFull,
}

/** The server's wording (contract zod messages) → our translated text, by how it starts. */
const KNOWN_MESSAGES: [RegExp, (t: Messages) => string][] = [
  [/^is required/, (t) => t.errors.required],
  [/^must be a two-letter country code/, (t) => t.errors.countryCode],
  [/^must be a date/, (t) => t.errors.date],
  [/^must be an e-mail address/, (t) => t.errors.email],
  [/^too big: expected string/i, (t) => t.errors.tooLong],
  [/^too (big|small): expected (number|int)/i, (t) => t.errors.outOfRange],
  [new RegExp(`^${UNREACHABLE}$`), (t) => t.errors.unreachable],
  // The services' own refusals (main/services/records.ts).
  [/ already exists$/, (t) => t.errors.alreadyExists],
  [/ does not exist$/, (t) => t.errors.missingRecord],
  [/ breaks a rule of the register/, (t) => t.errors.breaksRule],
]

/** The field an error belongs to, without the `patch.` prefix of update calls: 'name'. */
export function errorField(error: ApiCallError): string | undefined {
  return error.field?.replace(/^patch\./, '')
}

/**
 * The error in the UI language where we know the server's wording; otherwise what kind of error it
 * is in the UI language, with the server's own (English) words after it for the details.
 */
export function errorText(t: Messages, error: ApiCallError): string {
  const byCode = CODE_TEXTS[error.code]
  if (byCode) return byCode(t, error)
  const field = error.field
  const message =
    field && error.message.startsWith(`${field}: `)
      ? error.message.slice(field.length + 2)
      : error.message
  const known = KNOWN_MESSAGES.find(([pattern]) => pattern.test(message))
  return known ? known[1](t) : `${t.errors.codes[error.code]}: ${message}`
}
