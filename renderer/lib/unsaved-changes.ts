/**
 * Forms with unsaved changes register here. Leaving the page (route change or closing the window)
 * asks first: the router holds a route change back as "pending" until the user decides.
 */
import { useEffect, useSyncExternalStore } from 'react'

const dirty = new Set<symbol>()
let pending: string | null = null
const listeners = new Set<() => void>()

const notify = () => {
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

window.addEventListener('beforeunload', (event) => {
  if (dirty.size === 0) return
  event.preventDefault()
  // Older Chromium (and so some Electron versions) still need returnValue set.
  event.returnValue = ''
})

/** Marks the calling form as having unsaved changes while `isDirty` holds. */
export function useUnsavedChanges(isDirty: boolean): void {
  useEffect(() => {
    if (!isDirty) return
    const token = Symbol('unsaved form')
    dirty.add(token)
    return () => {
      dirty.delete(token)
    }
  }, [isDirty])
}

export const hasUnsavedChanges = (): boolean => dirty.size > 0

/** The router asks before following a hash change; false means it is held back as pending. */
export function mayLeave(targetHash: string): boolean {
  if (dirty.size === 0) return true
  pending = targetHash
  notify()
  return false
}

/** The address the user tried to go to while a form had unsaved changes. */
export function usePendingLeave(): string | null {
  return useSyncExternalStore(subscribe, () => pending)
}

/** Drops the unsaved changes and goes where the user wanted to go. */
export function confirmLeave(): void {
  const target = pending
  pending = null
  dirty.clear()
  notify()
  if (target !== null) window.location.hash = target
}

export function cancelLeave(): void {
  pending = null
  notify()
}
