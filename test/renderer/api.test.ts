// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bridgeName as contractBridgeName, channels, type Channel } from '../../preload/contract'
import { ApiCallError, bridgeName, call, captureToken } from '../../renderer/lib/api'

afterEach(() => {
  vi.unstubAllGlobals()
  delete (window as { dpa?: unknown }).dpa
  sessionStorage.clear()
})

describe('renderer api', () => {
  it('names preload functions exactly as the contract does', () => {
    for (const channel of Object.keys(channels) as Channel[]) {
      expect(bridgeName(channel)).toBe(contractBridgeName(channel))
    }
  })

  it('moves the token from the address bar to sessionStorage', () => {
    history.replaceState(null, '', '/#token=abc-DEF_123')
    captureToken()
    expect(window.location.hash).toBe('')
    expect(sessionStorage.getItem('dpa-desk.token')).toBe('abc-DEF_123')
  })

  it('posts to /api/<channel> with the token and unwraps the result', async () => {
    history.replaceState(null, '', '/#token=tok')
    captureToken()
    const fetch = vi.fn(async () => Response.json({ ok: true, value: ['Mette'] }))
    vi.stubGlobal('fetch', fetch)
    await expect(call('counterparties:owners', {})).resolves.toEqual(['Mette'])
    expect(fetch).toHaveBeenCalledWith('/api/counterparties:owners', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dpa-token': 'tok' },
      body: '{}',
    })
  })

  it('throws the error of a failed result, with its field', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json(
        { ok: false, error: { code: 'validation', message: 'name: is required', field: 'name' } },
        { status: 400 },
      ),
    )
    const error = await call('counterparties:create', { name: '' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiCallError)
    expect(error).toMatchObject({ code: 'validation', field: 'name' })
  })

  it('uses the Electron bridge when the preload provides one', async () => {
    const counterpartiesOwners = vi.fn(async () => ({ ok: true, value: ['Lars'] }))
    ;(window as { dpa?: unknown }).dpa = { counterpartiesOwners }
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    await expect(call('counterparties:owners', {})).resolves.toEqual(['Lars'])
    expect(counterpartiesOwners).toHaveBeenCalledWith({})
    expect(fetch).not.toHaveBeenCalled()
  })
})
