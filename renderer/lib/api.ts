/**
 * The renderer's only way to the backend (DESIGN §4). In Electron the preload exposes one function
 * per channel on `window.dpa`; in browser mode the same channels are POSTed to loopback HTTP with
 * the per-start token that arrived in the URL fragment.
 */
import type { ApiError, Channel, ErrorCode, Input, Output, Result } from './vocabulary'

export class ApiCallError extends Error {
  readonly code: ErrorCode
  /** Dotted path of the input field at fault, for validation errors. */
  readonly field: string | undefined
  /** What the UI's text for the code needs, e.g. the unknown key of `field_unknown`. */
  readonly params: Readonly<Record<string, string | number>>

  constructor(error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
    this.code = error.code
    this.field = error.field
    this.params = error.params ?? {}
  }
}

/** Anything a call rejected with, as an ApiCallError (a bug in our code arrives as `internal`). */
export function asApiCallError(error: unknown): ApiCallError {
  if (error instanceof ApiCallError) return error
  return new ApiCallError({ code: 'internal', message: String(error) })
}

/** Same rule as the contract's bridgeName(), which the renderer may not import at run time. */
export const bridgeName = (channel: Channel): string =>
  channel.replace(/[:-](\w)/g, (_, c: string) => c.toUpperCase())

type Bridge = Record<string, ((input: unknown) => Promise<Result<unknown>>) | undefined>

/** The message of a call that got no answer at all; the UI shows its own text for it. */
export const UNREACHABLE = 'unreachable'

const TOKEN_KEY = 'dpa-desk.token'
const TOKEN_FRAGMENT = /^#token=([\w-]+)$/

/**
 * Takes the browser-mode token out of the address bar (`#token=…`) into sessionStorage, so a
 * reload keeps working while the token does not linger in the visible URL or the history.
 */
export function captureToken(): void {
  const match = TOKEN_FRAGMENT.exec(window.location.hash)
  if (!match?.[1]) return
  sessionStorage.setItem(TOKEN_KEY, match[1])
  history.replaceState(history.state, '', window.location.pathname + window.location.search)
}

export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await send(channel, input)
  if (!result.ok) throw new ApiCallError(result.error)
  return result.value as Output<C>
}

const sentEarly = new Map<Channel, Promise<unknown>>()

/**
 * Sends a call that every start makes at once, instead of when the component that needs it
 * mounts behind others waiting for theirs; `callEarly` takes its answer.
 */
export function sendEarly<C extends Channel>(channel: C, input: Input<C>): void {
  if (sentEarly.has(channel)) return
  const answer = call(channel, input)
  answer.catch(() => undefined)
  sentEarly.set(channel, answer)
}

/** The answer to the call sent early, taken once; afterwards (a retry) a new call. */
export function callEarly<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const early = sentEarly.get(channel) as Promise<Output<C>> | undefined
  sentEarly.delete(channel)
  return early ?? call(channel, input)
}

function send(channel: Channel, input: unknown): Promise<Result<unknown>> {
  const bridge = (window as unknown as { dpa?: Bridge }).dpa
  if (!bridge) return overHttp(channel, input)
  const fn = bridge[bridgeName(channel)]
  if (!fn) return Promise.resolve(failure('not_found', `The app has no operation ${channel}.`))
  return fn(input)
}

async function overHttp(channel: Channel, input: unknown): Promise<Result<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-dpa-token': sessionStorage.getItem(TOKEN_KEY) ?? '',
      },
      body: JSON.stringify(input),
    })
  } catch {
    return failure('internal', UNREACHABLE)
  }
  try {
    // Error statuses carry a Result body too; only a body that is not one is a transport failure.
    return (await response.json()) as Result<unknown>
  } catch {
    return failure('internal', `The app server answered ${response.status} without a result.`)
  }
}

function failure(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } }
}
