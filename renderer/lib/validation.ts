/**
 * Client-side mirrors of the contract's rules, so a form can say what is wrong while the user
 * types. The server checks again on save; its answer wins.
 */
import type { Messages } from '../i18n/da'

export type Errors<V> = Partial<Record<keyof V, string>>
export type Validator<V> = (values: V, t: Messages) => Errors<V>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const isBlank = (value: string | null | undefined): boolean => !value || !value.trim()
export const isEmail = (value: string): boolean => EMAIL.test(value.trim())

/** Collects the first failing rule per field: rules(t, check => …). */
export function collect<V>(
  build: (check: (field: keyof V, failed: boolean, message: string) => void) => void,
): Errors<V> {
  const errors: Errors<V> = {}
  build((field, failed, message) => {
    if (failed && errors[field] === undefined) errors[field] = message
  })
  return errors
}

/** A later date that is set must not lie before an earlier one that is set. */
export const before = (later: string | null, earlier: string | null): boolean =>
  later !== null && earlier !== null && later < earlier

export const outside = (value: number | null, min: number, max: number): boolean =>
  value !== null && (!Number.isInteger(value) || value < min || value > max)
