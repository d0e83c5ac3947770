/**
 * Hash routes (`#/counterparties/42/locations/7`): they work the same under Electron's app://
 * protocol and in browser mode, survive a reload, and need no server support. New screens add a
 * Route variant. A route change while a form has unsaved changes is held back until the user
 * confirms (unsaved-changes.ts).
 */
import { useMemo, useSyncExternalStore } from 'react'
import { mayLeave } from './unsaved-changes'

export const DETAIL_TABS = [
  'overview',
  'contacts',
  'agreements',
  'locations',
  'sub-processors',
  'supervision',
  'history',
  'warnings',
] as const
export type DetailTab = (typeof DETAIL_TABS)[number]

export type Route =
  | { page: 'dashboard' }
  | { page: 'counterparties' }
  | {
      page: 'counterparty'
      id: number | 'new'
      tab?: DetailTab
      /** The record of the tab being edited, or 'new' for one being added. */
      item?: number | 'new'
    }
  | { page: 'map' }
  | { page: 'upcoming' }
  | { page: 'data' }
  | { page: 'log' }
  | { page: 'settings' }

export type Page = Route['page']

const isTab = (value: string | undefined): value is DetailTab =>
  (DETAIL_TABS as readonly (string | undefined)[]).includes(value)

const itemOf = (value: string | undefined): number | 'new' | undefined =>
  value === 'new' ? 'new' : value && /^\d+$/.test(value) ? Number(value) : undefined

export function parseRoute(hash: string): Route {
  const [first, second, third, fourth] = hash.replace(/^#\/?/, '').split('/')
  switch (first) {
    case 'counterparties': {
      if (second === 'new') return { page: 'counterparty', id: 'new' }
      if (!second || !/^\d+$/.test(second)) return { page: 'counterparties' }
      const id = Number(second)
      if (!isTab(third)) return { page: 'counterparty', id }
      const item = itemOf(fourth)
      return item === undefined
        ? { page: 'counterparty', id, tab: third }
        : { page: 'counterparty', id, tab: third, item }
    }
    case 'map':
      return { page: 'map' }
    case 'upcoming':
      return { page: 'upcoming' }
    case 'data':
      return { page: 'data' }
    case 'log':
      return { page: 'log' }
    case 'settings':
      return { page: 'settings' }
    default:
      return { page: 'dashboard' }
  }
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'dashboard':
      return '#/'
    case 'counterparties':
      return '#/counterparties'
    case 'counterparty': {
      const base = `#/counterparties/${route.id}`
      if (!route.tab || route.id === 'new') return base
      return route.item === undefined
        ? `${base}/${route.tab}`
        : `${base}/${route.tab}/${route.item}`
    }
    case 'map':
      return '#/map'
    case 'upcoming':
      return '#/upcoming'
    case 'data':
      return '#/data'
    case 'log':
      return '#/log'
    case 'settings':
      return '#/settings'
  }
}

/**
 * Goes to a route. `replace` leaves no history entry; `force` skips the unsaved-changes question
 * (for a form that has just saved and moves on).
 */
export function navigate(route: Route, options: { replace?: boolean; force?: boolean } = {}): void {
  const href = routeHref(route)
  if (options.force) accepted = href
  if (options.replace) {
    history.replaceState(history.state, '', href)
    // replaceState fires no hashchange event; subscribers must still hear of it.
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  } else {
    window.location.hash = href
  }
}

/** The hash the app shows; it lags behind the address bar while a route change is held back. */
let accepted: string | null = null
const listeners = new Set<() => void>()

function currentHash(): string {
  accepted ??= window.location.hash
  return accepted
}

window.addEventListener('hashchange', () => {
  const next = window.location.hash
  if (next === currentHash()) {
    for (const listener of listeners) listener()
    return
  }
  if (!mayLeave(next)) {
    // Put the address back without another hashchange; the user is asked first.
    history.replaceState(history.state, '', currentHash() || window.location.pathname)
    return
  }
  accepted = next
  for (const listener of listeners) listener()
})

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  return () => listeners.delete(onChange)
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash)
  return useMemo(() => parseRoute(hash), [hash])
}
