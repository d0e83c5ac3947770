/**
 * The one handler table behind both transports (DESIGN §4): a channel name and raw input in, a
 * `Result` out. Input is parsed with the contract's schema; a thrown ServiceError becomes a typed
 * error and anything else an `internal` error whose details stay in the main process log.
 */
import {
  channels,
  type Channel,
  type Output,
  type ParsedInput,
  type Result,
} from '../../preload/contract'
import { ServiceError, validationError } from '../services/errors'

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> }

export const isChannel = (name: string): name is Channel => Object.hasOwn(channels, name)

export async function dispatch(
  handlers: Handlers,
  channel: string,
  raw: unknown,
  log: (error: unknown) => void = (error) => console.error(error),
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'not_found', message: `unknown operation ${channel}` } }
  }
  const parsed = channels[channel].input.safeParse(raw ?? {})
  if (!parsed.success) return { ok: false, error: validationError(parsed.error).toApiError() }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: error.toApiError() }
    log(error)
    if (isDiskFull(error)) return { ok: false, error: { code: 'disk_full', message: DISK_FULL } }
    const message = storageFailureMessage(error) ?? 'Something went wrong; see the log.'
    return { ok: false, error: { code: 'internal', message } }
  }
}

export const DISK_FULL = 'The disk is full: nothing was saved. Free some space and try again.'

/** The error codes of an error and of every error it wraps (`cause`), outermost first. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = []
  for (let e = error, depth = 0; e !== null && typeof e === 'object' && depth < 10; depth++) {
    const { code, cause } = e as { code?: unknown; cause?: unknown }
    if (typeof code === 'string') codes.push(code)
    e = cause
  }
  return codes
}

/**
 * A full disk, whoever noticed it: SQLite (SQLITE_FULL) or the file system (ENOSPC, or EDQUOT for
 * a quota), also when a service wrapped the error (a failed backup does). SQLite rolls the failed
 * transaction back, and a failed backup leaves no copy, so nothing of the call was saved.
 */
export function isDiskFull(error: unknown): boolean {
  return errorCodes(error).some((code) => ['SQLITE_FULL', 'ENOSPC', 'EDQUOT'].includes(code))
}

/**
 * A failing disk is something the user can act on, so it gets its own message (a full one has its
 * own code, `disk_full`).
 */
export function storageFailureMessage(error: unknown): string | null {
  if (isDiskFull(error)) return DISK_FULL
  if (errorCodes(error).some((code) => code.startsWith('SQLITE_IOERR'))) {
    return 'The disk reported an error while saving: nothing was saved. Check the disk and try again.'
  }
  return null
}
