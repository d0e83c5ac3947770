/**
 * The warnings of the groups opened so far, fetched with 'compliance:warnings' once per
 * counterparty and kept while the summary they belong to is shown: a new summary (another date, a
 * reload, the page opened again) starts a new cache.
 */
import { asApiCallError, call } from '../../lib/api'
import { byUrgency, type GroupWarnings } from './warning-groups'

export type GroupWarningMap = ReadonlyMap<number, GroupWarnings>

const LOADING: GroupWarnings = { status: 'loading' }

/** A group's warnings in a snapshot of the cache: not asked for yet counts as on their way. */
export const warningsIn = (entries: GroupWarningMap, id: number): GroupWarnings =>
  entries.get(id) ?? LOADING

export const loadedIn = (entries: GroupWarningMap, id: number) => {
  const entry = entries.get(id)
  return entry?.status === 'loaded' ? entry.warnings : undefined
}

export class GroupWarningCache {
  /** Replaced, never changed, so a snapshot can be compared and memoised on. */
  private entries: GroupWarningMap = new Map()
  private readonly listeners = new Set<() => void>()

  /** `today`: the date the summary was asked for (null: today, from the server's cache). */
  constructor(private readonly today: string | null) {}

  /** Fetches the group's warnings unless they are here or on their way; again after a failure. */
  request = (id: number): void => {
    const entry = this.entries.get(id)
    if (entry !== undefined && entry.status !== 'failed') return
    this.set(id, LOADING)
    call('compliance:warnings', { counterparty_id: id, today: this.today }).then(
      ({ warnings }) => this.set(id, { status: 'loaded', warnings: warnings.sort(byUrgency) }),
      (error: unknown) => this.set(id, { status: 'failed', error: asApiCallError(error) }),
    )
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  snapshot = (): GroupWarningMap => this.entries

  private set(id: number, entry: GroupWarnings): void {
    this.entries = new Map(this.entries).set(id, entry)
    for (const listener of this.listeners) listener()
  }
}
