/**
 * The map's data: every data location of a current counterparty, grouped by country, each judged
 * by the reference data into EEA / adequate / safeguarded / missing. Computed here rather than in
 * the renderer, which would otherwise have to page through every location of the register.
 */
import { listRows } from '../../db'
import type {
  CountryTransfers,
  ParsedInput,
  TransferBasis,
  TransferStatus,
} from '../../preload/contract'
import { adequacyFor, INVALID_BASES, isEea, normaliseCountry } from '../compliance'
import { localDate, type ServiceContext } from './context'

const ALL = {
  where: {},
  sort: 'id',
  dir: 'asc',
  offset: 0,
  limit: Number.MAX_SAFE_INTEGER,
} as const

/** Worst last: a country takes the colour of its worst location. */
const RANK: Record<TransferStatus, number> = { eea: 0, adequate: 1, safeguarded: 2, missing: 3 }
const SAFEGUARDS: ReadonlySet<TransferBasis> = new Set([
  'scc_2021',
  'bcr',
  'code_of_conduct',
  'certification',
  'ad_hoc_clauses',
  'art49',
])

/**
 * How one location's transfer stands on the reference data alone. The engine's warnings go
 * further (TIA age, DPF certification, scope); this is the map's coarse colour.
 */
export function transferStatus(
  country: string,
  basis: TransferBasis,
  today: string,
): TransferStatus {
  const code = normaliseCountry(country)
  if (isEea(code)) return 'eea'
  if (SAFEGUARDS.has(basis)) return 'safeguarded'
  switch (basis) {
    case 'adequacy': {
      const decision = adequacyFor(code)
      const inForce = decision?.status === 'in_force' && decision.adopted <= today
      return inForce && (decision.expires === null || decision.expires >= today)
        ? 'adequate'
        : 'missing'
    }
    case 'dpf':
      // The DPF is an adequacy decision (Art. 45, Decision (EU) 2023/1795) for certified US
      // organisations, not a safeguard of Art. 46.
      return code === 'US' ? 'adequate' : 'missing'
    case 'scc_legacy':
    case 'privacy_shield':
    case 'safe_harbour':
      return today < INVALID_BASES[basis].invalid_from ? 'safeguarded' : 'missing'
    default:
      return 'missing'
  }
}

interface Place {
  country: string
  counts: Record<TransferStatus, number>
  byCounterparty: Map<number, { basis: TransferBasis; status: TransferStatus }>
}

export async function locationsByCountry(
  ctx: ServiceContext,
  input: ParsedInput<'locations:by-country'>,
): Promise<CountryTransfers[]> {
  const today = localDate(ctx.now())
  const [counterparties, locations] = await Promise.all([
    listRows(ctx.db.kysely, 'counterparty', ALL),
    listRows(ctx.db.kysely, 'location', ALL),
  ])
  // Former counterparties no longer receive data: their old locations are history, not flows.
  const current = new Map(
    counterparties.rows.filter((c) => c.status !== 'former').map((c) => [c.id, c.name]),
  )
  const places = new Map<string, Place>()
  for (const loc of locations.rows) {
    if (!current.has(loc.counterparty_id)) continue
    const country = normaliseCountry(loc.country)
    const basis = loc.basis as TransferBasis
    const status = transferStatus(country, basis, today)
    let place = places.get(country)
    if (!place) {
      place = {
        country,
        counts: { eea: 0, adequate: 0, safeguarded: 0, missing: 0 },
        byCounterparty: new Map(),
      }
      places.set(country, place)
    }
    place.counts[status]++
    const seen = place.byCounterparty.get(loc.counterparty_id)
    if (!seen || RANK[status] > RANK[seen.status]) {
      place.byCounterparty.set(loc.counterparty_id, { basis, status })
    }
  }
  return [...places.values()]
    .map((place) => summarise(place, current, input.per_country))
    .sort((a, b) => a.country.localeCompare(b.country))
}

function summarise(
  place: Place,
  names: ReadonlyMap<number, string>,
  limit: number,
): CountryTransfers {
  const counterparties = [...place.byCounterparty]
    .map(([id, seen]) => ({ id, name: names.get(id) ?? '', ...seen }))
    .sort((a, b) => RANK[b.status] - RANK[a.status] || a.name.localeCompare(b.name, 'da'))
  const status = (Object.keys(RANK) as TransferStatus[])
    .filter((s) => place.counts[s] > 0)
    .reduce<TransferStatus>((worst, s) => (RANK[s] > RANK[worst] ? s : worst), 'eea')
  return {
    country: place.country,
    counts: place.counts,
    status,
    counterparty_total: counterparties.length,
    counterparties: counterparties.slice(0, limit),
  }
}
