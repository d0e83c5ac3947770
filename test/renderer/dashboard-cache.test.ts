// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import type { Warning } from '../../preload/contract'
import { GroupWarningCache, warningsIn } from '../../renderer/components/dashboard/group-warnings'

/** The backend as the preload bridge offers it: 'compliance:warnings' for one counterparty. */
function fakeBridge(answer: (input: { counterparty_id: number; today: string | null }) => unknown) {
  const asked: unknown[] = []
  ;(window as { dpa?: unknown }).dpa = {
    complianceWarnings: async (input: { counterparty_id: number; today: string | null }) => {
      asked.push(input)
      const value = answer(input)
      return value instanceof Error
        ? { ok: false, error: { code: 'internal', message: value.message } }
        : { ok: true, value }
    },
  }
  return asked
}

afterEach(() => {
  delete (window as { dpa?: unknown }).dpa
})

const warning = (id: string, severity: Warning['severity'], due: string | null): Warning => ({
  id,
  rule: id.slice(0, 3),
  severity,
  subject: { type: 'counterparty', id: 7, counterparty_id: 7 },
  due,
  legal_ref: 'GDPR',
  message: { da: id, en: id },
  params: {},
})

const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the warnings of opened groups', () => {
  it('fetches a group once, as of the summary’s date, and sorts its warnings by urgency', async () => {
    const asked = fakeBridge(() => ({
      today: '2027-01-01',
      reference: { version: 'v', verified_on: '2026-08-05' },
      warnings: [warning('R09:a', 'low', null), warning('R03:b', 'high', '2027-02-01')],
    }))
    const cache = new GroupWarningCache('2027-01-01')
    let changes = 0
    cache.subscribe(() => changes++)
    expect(warningsIn(cache.snapshot(), 7)).toEqual({ status: 'loading' })
    cache.request(7)
    cache.request(7)
    await settled()
    expect(asked).toEqual([{ counterparty_id: 7, today: '2027-01-01' }])
    const entry = warningsIn(cache.snapshot(), 7)
    expect(entry.status === 'loaded' && entry.warnings.map((w) => w.id)).toEqual(['R03:b', 'R09:a'])
    cache.request(7)
    expect(asked).toHaveLength(1)
    expect(changes).toBe(2)
  })

  it('keeps a failure, and asks again when told to', async () => {
    let fail = true
    const asked = fakeBridge(() =>
      fail
        ? new Error('busy')
        : { today: '2027-01-01', reference: { version: 'v', verified_on: 'x' }, warnings: [] },
    )
    const cache = new GroupWarningCache(null)
    cache.request(3)
    await settled()
    expect(warningsIn(cache.snapshot(), 3)).toMatchObject({ status: 'failed' })
    fail = false
    cache.request(3)
    await settled()
    expect(warningsIn(cache.snapshot(), 3)).toEqual({ status: 'loaded', warnings: [] })
    expect(asked).toEqual([
      { counterparty_id: 3, today: null },
      { counterparty_id: 3, today: null },
    ])
  })
})
