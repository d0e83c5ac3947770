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
    const message = storageFailureMessage(error) ?? 'Something went wrong; see the log.'
    return { ok: false, error: { code: 'internal', message } }
  }
}

/**
 * A full or failing disk is something the user can act on, so it gets its own message. SQLite rolls
 * the failed transaction back, so nothing of the call was saved and the next call may succeed.
 */
export function storageFailureMessage(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'SQLITE_FULL') {
    return 'The disk is full: nothing was saved. Free some space and try again.'
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_IOERR')) {
    return 'The disk reported an error while saving: nothing was saved. Check the disk and try again.'
  }
  return null
}
