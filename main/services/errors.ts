import type { ApiError, ErrorCode } from '../../preload/contract'
import type { z } from 'zod'

/** An expected failure with a message meant for the user; both transports pass it on as is. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'ServiceError'
  }

  toApiError(): ApiError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field }
  }
}

export const notFound = (entity: string, id: number) =>
  new ServiceError('not_found', `${entity} ${id} does not exist`)

/** The first zod issue as a validation error that names its field: "email: must be an e-mail address". */
export function validationError(error: z.ZodError): ServiceError {
  const issue = error.issues[0]
  if (!issue) return new ServiceError('validation', 'invalid input')
  const field = issue.path.map(String).join('.')
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
