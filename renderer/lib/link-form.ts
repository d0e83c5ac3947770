/** The sub-processor link form: the link's dates and approval, and a new counterparty inline. */
import { fill } from '../i18n/translate'
import { before, collect, isBlank, type Validator } from './validation'
import type { Input, SubProcessorLink } from './vocabulary'

export interface LinkValues {
  sub_processor_id: number | null
  /** A sub-processor not yet in the register, created when the link is saved. */
  new_name: string
  new_country: string | null
  purpose: string
  listed_on: string | null
  notified_on: string | null
  objection_deadline: string | null
  approved_on: string | null
  approved_by: string
  objected_on: string | null
}

export const EMPTY_LINK: LinkValues = {
  sub_processor_id: null,
  new_name: '',
  new_country: null,
  purpose: '',
  listed_on: null,
  notified_on: null,
  objection_deadline: null,
  approved_on: null,
  approved_by: '',
  objected_on: null,
}

export const linkValues = (l: SubProcessorLink): LinkValues => ({
  ...EMPTY_LINK,
  sub_processor_id: l.sub_processor_id,
  purpose: l.purpose ?? '',
  listed_on: l.listed_on,
  notified_on: l.notified_on,
  objection_deadline: l.objection_deadline,
  approved_on: l.approved_on,
  approved_by: l.approved_by ?? '',
  objected_on: l.objected_on,
})

export function linkInput(
  processorId: number,
  subProcessorId: number,
  v: LinkValues,
): Input<'links:create'> {
  const { new_name: _name, new_country: _country, ...fields } = v
  return { ...fields, processor_id: processorId, sub_processor_id: subProcessorId }
}

export const linkFieldId = (field: string): string => `link-${field}`

export const validateLink: Validator<LinkValues> = (v, t) =>
  collect((check) => {
    const f = t.detail.links.fields
    check(
      'sub_processor_id',
      v.sub_processor_id === null && isBlank(v.new_name),
      t.detail.validation.pickSubProcessor,
    )
    check(
      'objection_deadline',
      before(v.objection_deadline, v.notified_on),
      fill(t.detail.validation.notBefore, { field: f.notified_on }),
    )
    check(
      'objected_on',
      before(v.objected_on, v.notified_on),
      fill(t.detail.validation.notBefore, { field: f.notified_on }),
    )
  })
