import { inTransaction, readSettings, writeSetting } from '../../db'
import { settingsSchema, type DeepPartial, type Settings } from '../../preload/contract'
import type { ServiceContext } from './context'
import { parseOrThrow } from './errors'
import { logChange } from './records'

/** Stored settings over the defaults; a key that no longer validates falls back to its default. */
export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  const stored = await readSettings(ctx.db.kysely)
  const parsed = settingsSchema.safeParse(stored)
  if (parsed.success) return parsed.data
  const usable = Object.fromEntries(
    Object.entries(stored).filter(
      ([key, value]) => settingsSchema.shape[key as keyof Settings]?.safeParse(value).success,
    ),
  )
  return settingsSchema.parse(usable)
}

export async function updateSettings(
  ctx: ServiceContext,
  patch: DeepPartial<Settings>,
): Promise<Settings> {
  const before = await getSettings(ctx)
  const after = parseOrThrow(settingsSchema, mergeDeep(before, patch))
  // Only the keys whose value changes are written; a patch that changes nothing is not logged.
  const keys = (Object.keys(after) as (keyof Settings)[]).filter(
    (key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]),
  )
  if (keys.length === 0) return before
  await inTransaction(ctx.db, async (tx) => {
    for (const key of keys) await writeSetting(tx, key, after[key])
    await logChange(tx, ctx, 'update', 'settings', null, before, after)
  })
  return after
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `patch` over `base`, object by object; a value in the patch replaces what it names. */
function mergeDeep(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch
  const merged: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(patch)) {
    if (!UNSAFE_KEYS.has(key)) merged[key] = mergeDeep(base[key], value)
  }
  return merged
}
