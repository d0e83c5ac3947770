/** The contact form's state and its mapping to and from the contract's records. */
import { collect, isBlank, isEmail, type Validator } from './validation'
import type { Contact, Input } from './vocabulary'

export interface ContactValues {
  name: string
  title: string
  email: string
  phone: string
  last_activity: string | null
  legal_hold: boolean
  notes: string
}

export const EMPTY_CONTACT: ContactValues = {
  name: '',
  title: '',
  email: '',
  phone: '',
  last_activity: null,
  legal_hold: false,
  notes: '',
}

export const contactValues = (c: Contact): ContactValues => ({
  name: c.name,
  title: c.title ?? '',
  email: c.email ?? '',
  phone: c.phone ?? '',
  last_activity: c.last_activity,
  legal_hold: c.legal_hold,
  notes: c.notes ?? '',
})

/** An empty e-mail is no e-mail (null), not an invalid one. */
export const contactInput = (
  counterpartyId: number,
  v: ContactValues,
): Input<'contacts:create'> => ({
  counterparty_id: counterpartyId,
  ...v,
  email: v.email.trim() === '' ? null : v.email.trim(),
})

export const validateContact: Validator<ContactValues> = (v, t) =>
  collect((check) => {
    check('name', isBlank(v.name), t.errors.required)
    check('email', v.email.trim() !== '' && !isEmail(v.email), t.errors.email)
  })
