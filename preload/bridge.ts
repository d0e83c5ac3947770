/**
 * The API the preload exposes to the renderer as `window.dpa`: one function per contract channel,
 * named by `bridgeName`, never a generic invoke. The renderer imports the type only.
 */
import {
  bridgeName,
  channels,
  type Channel,
  type Input,
  type Output,
  type Result,
} from './contract'

/** `bridgeName` at the type level: 'counterparties:list' → 'counterpartiesList'. */
export type BridgeName<S extends string> = S extends `${infer Head}:${infer Tail}`
  ? `${BridgeName<Head>}${Capitalize<BridgeName<Tail>>}`
  : S extends `${infer Head}-${infer Tail}`
    ? `${Head}${Capitalize<BridgeName<Tail>>}`
    : S

export type BridgeFunction<C extends Channel> = (input: Input<C>) => Promise<Result<Output<C>>>

export type DpaBridge = { readonly [C in Channel as BridgeName<C>]: BridgeFunction<C> }

/** How the bridge reaches main: `ipcRenderer.invoke` in the preload. */
export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>

export function createBridge(invoke: Invoke): DpaBridge {
  const entries = (Object.keys(channels) as Channel[]).map((channel) => [
    bridgeName(channel),
    (input: unknown) => invoke(channel, input),
  ])
  // The mapped type cannot be built key by key; the test checks every name against bridgeName.
  return Object.freeze(Object.fromEntries(entries)) as DpaBridge
}
