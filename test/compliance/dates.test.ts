import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addMonths, formatDay, fromDay, monthsBetween, toDay } from '../../main/compliance/dates'
import { formatDate } from '../../renderer/i18n/translate'

const day = (iso: string) => toDay(iso) as number

describe('engine dates', () => {
  it('round-trips ISO dates and reads the date part of timestamps', () => {
    expect(fromDay(day('2026-02-28'))).toBe('2026-02-28')
    expect(fromDay(day('2026-03-01T23:59:59.000Z'))).toBe('2026-03-01')
  })

  it('rejects impossible dates instead of rolling them over', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', 'soon', '', null]) {
      expect(toDay(bad)).toBeNull()
    }
  })

  it('adds months clamped to the end of the month, like a calendar does', () => {
    expect(fromDay(addMonths(day('2026-01-31'), 1))).toBe('2026-02-28')
    expect(fromDay(addMonths(day('2028-01-31'), 1))).toBe('2028-02-29')
    expect(fromDay(addMonths(day('2026-03-15'), -15))).toBe('2024-12-15')
    expect(monthsBetween(day('2026-01-31'), day('2026-02-28'))).toBe(1)
    expect(monthsBetween(day('2026-01-15'), day('2026-02-14'))).toBe(0)
  })

  it('formats dates the Danish and the English way, with whole month names', () => {
    expect(formatDay(day('2031-12-27'), 'da')).toBe('27. december 2031')
    expect(formatDay(day('2031-12-27'), 'en')).toBe('27 December 2031')
    expect(formatDay(day('2018-05-24'), 'da')).toBe('24. maj 2018')
    expect(formatDay(day('2026-11-04'), 'en')).toBe('4 November 2026')
  })
})

describe('engine dates against the screens', () => {
  it("reads like the renderer's formatDate, so warnings and the report match the UI", () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1901-01-01'), max: day('2199-12-31') }), (n) => {
        const iso = fromDay(n)
        for (const language of ['da', 'en'] as const) {
          expect(formatDay(n, language)).toBe(formatDate(language, iso))
        }
      }),
      { numRuns: 2000 },
    )
  })
})

describe('engine dates against the platform calendar', () => {
  it('agrees with Date.UTC for every day from year 1 to 9999', () => {
    const DAY_MS = 86_400_000
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (n) => {
        const iso = new Date(n * DAY_MS).toISOString().slice(0, 10)
        expect(fromDay(n)).toBe(iso)
        expect(toDay(iso)).toBe(n)
      }),
      { numRuns: 2000 },
    )
  })
})
