/**
 * Lookups by record id. Database ids are small positive integers, so an array indexed by id is the
 * fast path; anything else (huge, negative or fractional ids from a hand-edited import) falls back
 * to a Map. Both give the same answers.
 */
export interface Lookup<T> {
  get(id: number): T | undefined
  /** Every stored value, in id order for the array store, in first-seen order otherwise. */
  values(): T[]
  size: number
}

interface Store<T> extends Lookup<T> {
  set(id: number, value: T): void
}

const SLACK = 1024

function makeStore<T>(keys: readonly number[]): Store<T> {
  let max = 0
  for (const key of keys) {
    if (!Number.isInteger(key) || key < 0) return mapStore()
    if (key > max) max = key
  }
  return max <= keys.length * 2 + SLACK ? arrayStore() : mapStore()
}

function arrayStore<T>(): Store<T> {
  const slots: (T | undefined)[] = []
  let size = 0
  return {
    get: (id) => (Number.isInteger(id) && id >= 0 ? slots[id] : undefined),
    set(id, value) {
      if (slots[id] === undefined) size++
      slots[id] = value
    },
    values: () => slots.filter((value): value is T => value !== undefined),
    get size() {
      return size
    },
  }
}

function mapStore<T>(): Store<T> {
  const map = new Map<number, T>()
  return {
    get: (id) => map.get(id),
    set: (id, value) => void map.set(id, value),
    values: () => [...map.values()],
    get size() {
      return map.size
    },
  }
}

/** One row per id; where an id repeats, `prefer(candidate, current)` decides which row wins. */
export function indexById<T extends { id: number }>(
  rows: readonly T[],
  prefer: (candidate: T, current: T) => boolean,
): Lookup<T> {
  const store = makeStore<T>(rows.map((row) => row.id))
  for (const row of rows) {
    const current = store.get(row.id)
    if (current === undefined || prefer(row, current)) store.set(row.id, row)
  }
  return store
}

/** Rows grouped by a foreign key, in input order within each group. */
export function groupById<T>(rows: readonly T[], key: (row: T) => number): Lookup<T[]> {
  const keys = rows.map(key)
  const store = makeStore<T[]>(keys)
  rows.forEach((row, i) => {
    const k = keys[i] as number
    const group = store.get(k)
    if (group) group.push(row)
    else store.set(k, [row])
  })
  return store
}
