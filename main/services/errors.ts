import { PATCH_EMPTY, type ApiError, type ErrorCode } from '../../preload/contract'
import type { z } from 'zod'

/** An expected failure with a message meant for the user; both transports pass it on as is. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message)
    this.name = 'ServiceError'
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.params === undefined ? {} : { params: this.params }),
    }
  }
}

export const notFound = (entity: string, id: number) =>
  new ServiceError('not_found', `${entity} ${id} does not exist`)

const dotted = (path: readonly PropertyKey[]) => path.map(String).join('.')

/**
 * The first zod issue as an error that names its field: "email: must be an e-mail address". An
 * unknown key of a strict object (a patch) is `field_unknown` naming the key; an empty patch is
 * `patch_empty`; every other issue is `validation`.
 */
export function validationError(error: z.ZodError): ServiceError {
  const issue = error.issues[0]
  if (!issue) return new ServiceError('validation', 'invalid input')
  const field = dotted(issue.path)
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    const at = dotted([...issue.path, key])
    return new ServiceError('field_unknown', `${at}: there is no field called ${key}`, at, { key })
  }
  if (issue.code === 'custom' && issue.params?.reason === PATCH_EMPTY) {
    return new ServiceError(
      'patch_empty',
      `${field || 'patch'}: ${issue.message}`,
      field || 'patch',
    )
  }
  const message = field ? `${field}: ${issue.message}` : issue.message
  return field
    ? new ServiceError('validation', message, field)
    : new ServiceError('validation', message)
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (!result.success) throw validationError(result.error)
  return result.data
}
