import { inTransaction, readSettings, writeSetting } from '../../db'
import { settingsSchema, type Settings } from '../../preload/contract'
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
  patch: Partial<Settings>,
): Promise<Settings> {
  const before = await getSettings(ctx)
  if (Object.keys(patch).length === 0) return before
  const after = parseOrThrow(settingsSchema, { ...before, ...patch })
  await inTransaction(ctx.db, async (tx) => {
    for (const key of Object.keys(patch) as (keyof Settings)[]) {
      await writeSetting(tx, key, after[key])
    }
    await logChange(tx, ctx, 'update', 'settings', null, before, after)
  })
  return after
}
