import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { upcoming } from '../../main/compliance'
import { buildCalendar, exportCalendar, refold } from '../../main/services/calendar'
import { createDemoRegister } from '../../main/services/demo'
import { createRecord } from '../../main/services/records'
import { loadRegister } from '../../main/services/register-io'
import { getSettings } from '../../main/services/settings'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

const TODAY = '2026-11-24'

/** The calendar as exported at another moment of the clock. */
async function exportCalendarAt(register: TempRegister, now: Date) {
  return exportCalendar({ ...register.ctx, now: () => now }, { language: 'en', days: 365 })
}

function events(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
}

describe('calendar export (.ics)', () => {
  it('holds one all-day event per upcoming date of the engine, named after the counterparty, and parses back', async () => {
    await createDemoRegister(reg.ctx)
    const { text, file_name } = await reg.handlers['calendar:ics']({ language: 'en', days: 365 })
    expect(file_name).toBe('dpa-desk-deadlines.ics')
    const register = await loadRegister(reg.ctx)
    const items = upcoming(register, TODAY, await getSettings(reg.ctx), 365)
    const kinds = new Set(items.map((i) => i.kind))
    for (const kind of ['notice_deadline', 'objection_deadline', 'supervision_due'] as const) {
      expect(kinds, kind).toContain(kind)
    }
    const parsed = events(text)
    expect(parsed).toHaveLength(items.length)
    const names = new Map(register.counterparties.map((c) => [c.id, c.name]))
    parsed.forEach((event, index) => {
      const item = items[index]
      if (!item) throw new Error('more events than items')
      expect(event.startDate.isDate).toBe(true)
      expect(event.startDate.toString()).toBe(item.date)
      const end = new Date(`${item.date}T00:00:00Z`)
      end.setUTCDate(end.getUTCDate() + 1)
      expect(event.endDate.toString()).toBe(end.toISOString().slice(0, 10))
      expect(event.summary).toContain(names.get(item.subject.counterparty_id ?? -1) ?? '?')
      expect(event.description).toContain(item.label.en)
      expect(event.uid).toMatch(/^[A-Za-z0-9-]+@dpa-desk$/)
      const alarm = event.component.getFirstSubcomponent('valarm')
      expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('-P7D')
    })
    expect(text).toMatch(/^TRIGGER:-P7D\r$/m)
    expect(text).toContain('DTSTAMP:20261124T120000Z')
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length)
    const calendar = new ICAL.Component(ICAL.parse(text))
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//DPA Desk//DPA Desk//EN')
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
  })

  it('keeps the same UIDs from one export to the next, so a new import updates the events', async () => {
    await createDemoRegister(reg.ctx)
    const first = events((await reg.handlers['calendar:ics']({ language: 'da', days: 365 })).text)
    const second = events((await reg.handlers['calendar:ics']({ language: 'en', days: 365 })).text)
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid))
  })

  it('moves an event rather than adding one when an end date changes, and a later export wins', async () => {
    const cp = await createRecord(reg.ctx, 'counterparty', {
      name: 'Hostly ApS',
      role: 'processor',
    })
    const dpa = await createRecord(reg.ctx, 'agreement', {
      counterparty_id: cp.id,
      type: 'dpa',
      status: 'signed',
      expires_on: '2027-03-31',
    })
    const before = events((await reg.handlers['calendar:ics']({ language: 'en', days: 365 })).text)
    await reg.handlers['agreements:update']({ id: dpa.id, patch: { expires_on: '2027-06-30' } })
    const after = events((await exportCalendarAt(reg, new Date('2026-11-25T12:00:00Z'))).text)
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid))
    expect(after.map((e) => e.startDate.toString())).toEqual(['2027-06-30'])
    expect(after[0]?.sequence).toBeGreaterThan(before[0]?.sequence ?? Infinity)
  })

  it('writes Danish or English summaries', async () => {
    await createDemoRegister(reg.ctx)
    const da = events((await reg.handlers['calendar:ics']({ language: 'da', days: 365 })).text)
    expect(da.some((e) => e.summary.startsWith('Sidste frist for opsigelse – '))).toBe(true)
    expect(da.some((e) => e.summary.startsWith('Tilsyn forfalder – '))).toBe(true)
    const en = events((await reg.handlers['calendar:ics']({ language: 'en', days: 365 })).text)
    expect(en.some((e) => e.summary.startsWith('Last day to give notice – '))).toBe(true)
  })

  it('escapes commas, semicolons and backslashes and folds lines at 75 octets without splitting a character', async () => {
    const name = 'Ærøskøbing Fjordværk; Data, Hosting & Back\\up ApS med et meget langt navn ØØØ'
    const cp = await createRecord(reg.ctx, 'counterparty', {
      name,
      role: 'processor',
      kinds: ['processor'],
    })
    await createRecord(reg.ctx, 'agreement', {
      counterparty_id: cp.id,
      type: 'dpa',
      status: 'signed',
      signed_on: '2025-01-01',
      expires_on: '2027-03-31',
      notice_period_days: 60,
    })
    const { text } = await reg.handlers['calendar:ics']({ language: 'da', days: 365 })
    expect(text.endsWith('\r\n')).toBe(true)
    const lines = text.split('\r\n')
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75)
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    expect(text).not.toMatch(/\uFFFD/)
    const parsed = events(text)
    expect(parsed.map((e) => e.summary)).toEqual([
      `Sidste frist for opsigelse – ${name} (Databehandleraftale)`,
      `Aftale udløber – ${name} (Databehandleraftale)`,
    ])
    expect(parsed.map((e) => e.startDate.toString())).toEqual(['2027-01-30', '2027-03-31'])
  })

  it('is a valid calendar with no events when nothing falls due', async () => {
    const { text } = await reg.handlers['calendar:ics']({ language: 'en', days: 30 })
    expect(events(text)).toEqual([])
    expect(new ICAL.Component(ICAL.parse(text)).name).toBe('vcalendar')
  })

  it('refolds long lines by octets, never inside a UTF-8 character', () => {
    const long = `SUMMARY:${'æøå'.repeat(60)}`
    const folded = refold(`BEGIN:VCALENDAR\r\n${long}\r\nEND:VCALENDAR\r\n`)
    const lines = folded.split('\r\n')
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:VCALENDAR\r\n${long}\r\nEND:VCALENDAR\r\n`)
    const register = {
      counterparties: [],
      contacts: [],
      agreements: [],
      locations: [],
      links: [],
      supervisions: [],
    }
    expect(buildCalendar(register, [], { language: 'en', now: new Date(0) })).toContain(
      'BEGIN:VCALENDAR',
    )
  })
})
