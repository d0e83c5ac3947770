/**
 * Sub-processor chains (R20's walk) and the approval rules R18 and R19.
 *
 * The walk is one breadth-first search from every processor we use at once (active, role processor
 * or sub-processor), roots in id order and each processor's links in sub-processor id order. Every
 * counterparty is visited once, so a cycle ends the walk instead of looping, and each reached
 * sub-processor gets exactly one chain: the shortest one, ties going to the lowest ids. Links we
 * objected to and sub-processors marked former are not followed: that data no longer goes there.
 */
import type { Counterparty, SubProcessorLink } from '../../../preload/contract'
import { isActive, needsDpa, signedArt28, type Context } from '../context'
import { fromDay, toDay } from '../dates'
import type { Warning } from '../types'
import { dateText, days, makeWarning, subject } from '../warning'

export interface Chain {
  /** The processor we use that the chain starts from. */
  root: Counterparty
  /** The processor that engaged this sub-processor (the previous link). */
  via: Counterparty
  /** 1 for a sub-processor of a root, 2 for one of its sub-processors, … */
  depth: number
}

export interface Chains {
  /** Reached sub-processors that are not roots themselves. */
  byId: Map<number, Chain>
  parent: Map<number, number>
}

export function walkChains(ctx: Context): Chains {
  const roots = ctx.counterparties
    .values()
    .filter((cp) => isActive(cp) && needsDpa(cp))
    .sort((a, b) => a.id - b.id)
  const parent = new Map<number, number>(roots.map((cp) => [cp.id, cp.id]))
  const byId = new Map<number, Chain>()
  const queue = [...roots]
  for (let head = 0; head < queue.length; head++) {
    const processor = queue[head] as Counterparty
    const above = byId.get(processor.id)
    for (const link of ctx.linksByProcessor.get(processor.id) ?? []) {
      const sub = ctx.counterparties.get(link.sub_processor_id)
      if (!sub || parent.has(sub.id) || !isFollowed(link, sub)) continue
      parent.set(sub.id, processor.id)
      byId.set(sub.id, {
        root: above?.root ?? processor,
        via: processor,
        depth: (above?.depth ?? 0) + 1,
      })
      queue.push(sub)
    }
  }
  return { byId, parent }
}

const isFollowed = (link: SubProcessorLink, sub: Counterparty): boolean =>
  link.objected_on === null && sub.status !== 'former'

const MAX_SHOWN = 6

/** "Root → A → B → Sub"; long chains keep both ends: "Root → … → C → D → E → Sub". */
export function chainText(ctx: Context, chains: Chains, id: number): string {
  const names: string[] = []
  let at = id
  for (let step = 0; step < MAX_SHOWN; step++) {
    names.unshift(ctx.counterparties.get(at)?.name ?? `#${at}`)
    const up = chains.parent.get(at)
    if (up === undefined || up === at) return names.join(' → ')
    at = up
  }
  const root = chains.byId.get(id)?.root
  if (root?.id === at) return [root.name, ...names].join(' → ')
  return [root?.name ?? '?', '…', ...names.slice(1)].join(' → ')
}

const LEGAL_REF_LINKS = 'GDPR Art. 28(2), 28(4)'

export function linkRules(ctx: Context, chains: Chains): Warning[] {
  const warnings: Warning[] = []
  for (const link of ctx.register.links) {
    const processor = ctx.counterparties.get(link.processor_id)
    const sub = ctx.counterparties.get(link.sub_processor_id)
    if (!processor || !sub || sub.status === 'former' || !isPending(link)) continue
    if (!isActive(processor) && !chains.byId.has(processor.id)) continue
    const warning = pendingWarning(ctx, link, processor, sub)
    if (warning) warnings.push(warning)
  }
  return warnings
}

const isPending = (link: SubProcessorLink): boolean =>
  link.approved_on === null &&
  link.objected_on === null &&
  (link.listed_on !== null || link.notified_on !== null)

/** The objection deadline: as recorded, else notice + the DPA's window, else the default window. */
export function objectionDeadline(ctx: Context, link: SubProcessorLink): number | null {
  const recorded = toDay(link.objection_deadline)
  if (recorded !== null) return recorded
  const notified = toDay(link.notified_on)
  if (notified === null) return null
  return notified + objectionWindow(ctx, link.processor_id)
}

function objectionWindow(ctx: Context, processorId: number): number {
  const windows = signedArt28(ctx, processorId)
    .filter((a) => a.objection_window_days !== null)
    .sort((a, b) => b.id - a.id)
  return windows[0]?.objection_window_days ?? ctx.thresholds.objection_window_days
}

function pendingWarning(
  ctx: Context,
  link: SubProcessorLink,
  processor: Counterparty,
  sub: Counterparty,
): Warning | null {
  const deadline = objectionDeadline(ctx, link)
  if (deadline === null || deadline < ctx.today) return notApproved(ctx, link, processor, sub)
  const left = deadline - ctx.today
  return left <= ctx.thresholds.objection_alert_days
    ? objectionDue(link, processor, sub, deadline, left)
    : null
}

function notApproved(
  ctx: Context,
  link: SubProcessorLink,
  processor: Counterparty,
  sub: Counterparty,
): Warning {
  return makeWarning({
    rule: 'R18',
    severity: 'high',
    subject: subject('link', link.id, processor.id),
    due: ctx.today,
    legal_ref: LEGAL_REF_LINKS,
    params: { counterparty: processor.name, sub_processor: sub.name },
    message: {
      da: `${processor.name} bruger underdatabehandleren ${sub.name}, som ikke er godkendt. Godkend underdatabehandleren (Bilag B), eller gør indsigelse og bed ${processor.name} stoppe brugen.`,
      en: `${processor.name} uses the sub-processor ${sub.name}, which has not been approved. Approve it (Annex B), or object and ask ${processor.name} to stop using it.`,
    },
  })
}

function objectionDue(
  link: SubProcessorLink,
  processor: Counterparty,
  sub: Counterparty,
  deadline: number,
  left: number,
): Warning {
  const on = dateText(deadline)
  const inDays = days(left)
  return makeWarning({
    rule: 'R19',
    severity: 'medium',
    subject: subject('link', link.id, processor.id),
    due: deadline,
    legal_ref: 'GDPR Art. 28(2)',
    params: {
      counterparty: processor.name,
      sub_processor: sub.name,
      objection_deadline: fromDay(deadline),
      days_left: left,
    },
    message: {
      da: `${processor.name} har varslet den nye underdatabehandler ${sub.name}. Fristen for indsigelse udløber ${on.da} (om ${inDays.da}). Godkend underdatabehandleren eller gør indsigelse inden fristen.`,
      en: `${processor.name} has given notice of a new sub-processor, ${sub.name}. The objection window closes on ${on.en} (in ${inDays.en}). Approve the sub-processor or object before then.`,
    },
  })
}
