/**
 * The Electron IPC transport (DESIGN §4): one `ipcMain.handle` per contract channel. A call is only
 * dispatched when it comes from the top frame of a page on our own app:// origin; anything else
 * (a subframe, a page that navigated elsewhere, a destroyed frame) is refused before any handler.
 */
import { channels, type ApiError, type Channel, type Result } from '../../preload/contract'
import { isAppUrl } from '../shell/policy'
import { dispatch, type Handlers } from './dispatch'

/** The parts of Electron's WebFrameMain that the sender check reads. */
export interface IpcSenderFrame {
  readonly url: string
  readonly parent: unknown
}

/** The parts of Electron's IpcMainInvokeEvent that the sender check reads. */
export interface IpcInvokeEvent {
  readonly senderFrame: IpcSenderFrame | null
}

export type IpcListener = (event: IpcInvokeEvent, input?: unknown) => Promise<Result<unknown>>

/** Electron's `ipcMain`, typed structurally so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: IpcListener): void
}

export interface IpcOptions {
  /** Where unexpected handler errors and refused senders are reported; console.error by default. */
  log?: (message: unknown) => void
}

const FORBIDDEN: ApiError = {
  code: 'forbidden',
  message: 'This request did not come from the DPA Desk window and was refused.',
}

/** Our own origin, in the top frame: a subframe or any other page may not call the API. */
export function isTrustedSender(event: IpcInvokeEvent): boolean {
  const frame = event.senderFrame
  if (frame === null) return false
  // A null parent is the top frame of its window; the URL check pins that window to our renderer.
  return frame.parent === null && isAppUrl(frame.url)
}

export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  options: IpcOptions = {},
): Channel[] {
  const log = options.log ?? ((message: unknown) => console.error(message))
  const names = Object.keys(channels) as Channel[]
  for (const channel of names) {
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrustedSender(event)) {
        log(`Refused IPC call ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`)
        return { ok: false, error: FORBIDDEN }
      }
      return dispatch(handlers, channel, input, log)
    })
  }
  return names
}
