/**
 * The chain of sub-processors below a counterparty, fetched level by level. A counterparty met
 * again on its own path is a cycle and is not expanded; one met on another path is shown once.
 */
import { call } from './api'
import type { Location } from './vocabulary'

export interface ChainNode {
  id: number
  name: string
  locations: Location[]
  children: ChainNode[]
  /** cycle: it leads back up its own path; seen: expanded elsewhere in the tree. */
  repeat: 'cycle' | 'seen' | null
}

const MAX_DEPTH = 8
/** Beyond this many counterparties the tree stops growing: it is for reading, not for export. */
const MAX_NODES = 300

/** The counterparty with its own locations, and the chain below it as its children. */
export async function loadChain(rootId: number, rootName: string): Promise<ChainNode> {
  const seen = new Set<number>([rootId])
  const names = new Map<number, string>()
  const nameOf = async (id: number) => {
    let name = names.get(id)
    if (name === undefined) {
      name = (await call('counterparties:get', { id })).name
      names.set(id, name)
    }
    return name
  }
  const locationsOf = async (id: number) =>
    (await call('locations:list', { counterparty_id: id, limit: 1000 })).rows
  const expand = async (id: number, path: ReadonlySet<number>, depth: number) => {
    const { rows } = await call('links:list', { processor_id: id, limit: 1000 })
    const nodes: ChainNode[] = []
    for (const link of rows) {
      const sub = link.sub_processor_id
      const node: ChainNode = {
        id: sub,
        name: await nameOf(sub),
        locations: [],
        children: [],
        repeat: null,
      }
      nodes.push(node)
      if (path.has(sub)) node.repeat = 'cycle'
      else if (seen.has(sub) || seen.size >= MAX_NODES) node.repeat = 'seen'
      if (node.repeat) continue
      seen.add(sub)
      node.locations = await locationsOf(sub)
      if (depth < MAX_DEPTH) node.children = await expand(sub, new Set(path).add(sub), depth + 1)
    }
    return nodes
  }
  const [locations, children] = await Promise.all([
    locationsOf(rootId),
    expand(rootId, new Set([rootId]), 1),
  ])
  return { id: rootId, name: rootName, locations, children, repeat: null }
}
