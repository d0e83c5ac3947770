/**
 * Hash routes (`#/counterparties/42`): they work the same under Electron's app:// protocol and in
 * browser mode, survive a reload, and need no server support. New screens add a Route variant.
 */
import { useMemo, useSyncExternalStore } from 'react'

export type Route =
  | { page: 'dashboard' }
  | { page: 'counterparties' }
  | { page: 'counterparty'; id: number | 'new' }
  | { page: 'settings' }

export type Page = Route['page']

export function parseRoute(hash: string): Route {
  const [first, second] = hash.replace(/^#\/?/, '').split('/')
  switch (first) {
    case 'counterparties':
      if (second === 'new') return { page: 'counterparty', id: 'new' }
      if (second && /^\d+$/.test(second)) return { page: 'counterparty', id: Number(second) }
      return { page: 'counterparties' }
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
    case 'counterparty':
      return `#/counterparties/${route.id}`
    case 'settings':
      return '#/settings'
  }
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = routeHref(route)
  if (options.replace) {
    history.replaceState(history.state, '', href)
    // replaceState fires no hashchange event; subscribers must still hear of it.
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  } else {
    window.location.hash = href
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentHash = () => window.location.hash

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash)
  return useMemo(() => parseRoute(hash), [hash])
}
