// @vitest-environment happy-dom
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { parseRoute, routeHref, type Route } from '../../renderer/lib/router'
import {
  cancelLeave,
  confirmLeave,
  hasUnsavedChanges,
  mayLeave,
  useUnsavedChanges,
} from '../../renderer/lib/unsaved-changes'

// React's act() checks this flag to know it runs in a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

function DirtyForm({ dirty }: { dirty: boolean }) {
  useUnsavedChanges(dirty)
  return null
}

function mountForm(dirty: boolean): Root {
  const root = createRoot(document.createElement('div'))
  act(() => root.render(createElement(DirtyForm, { dirty })))
  return root
}

describe('routes', () => {
  it.each<Route>([
    { page: 'dashboard' },
    { page: 'counterparties' },
    { page: 'counterparty', id: 'new' },
    { page: 'counterparty', id: 12 },
    { page: 'counterparty', id: 12, tab: 'locations' },
    { page: 'counterparty', id: 12, tab: 'locations', item: 34 },
    { page: 'counterparty', id: 12, tab: 'sub-processors', item: 'new' },
    { page: 'map' },
    { page: 'data' },
    { page: 'log' },
    { page: 'settings' },
  ])('reads back what it writes: %j', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route)
  })

  it('falls back to the page it can show', () => {
    expect(parseRoute('#/counterparties/12/nonsense/3')).toEqual({ page: 'counterparty', id: 12 })
    expect(parseRoute('#/counterparties/abc')).toEqual({ page: 'counterparties' })
    expect(parseRoute('#/unknown')).toEqual({ page: 'dashboard' })
  })
})

describe('leaving with unsaved changes', () => {
  afterEach(() => cancelLeave())

  it('lets the route change through when no form is dirty', () => {
    const root = mountForm(false)
    expect(hasUnsavedChanges()).toBe(false)
    expect(mayLeave('#/map')).toBe(true)
    act(() => root.unmount())
  })

  it('holds a route change and the unload back while a form is dirty', () => {
    const root = mountForm(true)
    expect(mayLeave('#/map')).toBe(false)
    const unload = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(unload)
    expect(unload.defaultPrevented).toBe(true)

    confirmLeave()
    expect(window.location.hash).toBe('#/map')
    expect(hasUnsavedChanges()).toBe(false)
    act(() => root.unmount())
  })

  it('forgets a dirty form once it is gone', () => {
    const root = mountForm(true)
    act(() => root.unmount())
    expect(hasUnsavedChanges()).toBe(false)
    const unload = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(unload)
    expect(unload.defaultPrevented).toBe(false)
  })
})
