import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { evaluate, upcoming } from '../../main/compliance'
import { createDemoRegister } from '../../main/services/demo'
import { createRecord } from '../../main/services/records'
import { loadRegister } from '../../main/services/register-io'
import { reportHtml, renderReportHtml } from '../../main/services/report'
import { readRunningHeader } from '../../main/services/report/page-setup'
import { getSettings } from '../../main/services/settings'
import { counterpartyFilter, reportFilters, type ReportFilters } from '../../preload/contract'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

const ALL: ReportFilters = reportFilters.parse({})
const html = (filters: Partial<ReportFilters> = {}, language: 'da' | 'en' = 'en') =>
  reportHtml(reg.ctx, { filters: { ...ALL, ...filters }, language })
/** Text of the document with tags dropped, for "does it say …" checks. */
const textOf = (document: string) =>
  document
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
const escaped = (name: string) =>
  name.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
const headingAt = (document: string, name: string) => document.indexOf(`<h2>${escaped(name)}</h2>`)
const sectionOf = (document: string, name: string) => {
  const start = headingAt(document, name)
  expect(start, `section of ${name}`).toBeGreaterThan(-1)
  return textOf(document.slice(start, document.indexOf('</section>', start)))
}

describe('the agreement status report (HTML)', () => {
  it('starts with a summary of warnings by severity and what falls due in 90 days, then one section per counterparty', async () => {
    await createDemoRegister(reg.ctx)
    const document = await html()
    const text = textOf(document)
    const summary = text.indexOf('Summary')
    const counterparties = text.indexOf('Counterparties (18)')
    expect(summary).toBeGreaterThan(-1)
    expect(counterparties).toBeGreaterThan(summary)
    expect(text.slice(summary, counterparties)).toMatch(
      /\d+ Critical \d+ High \d+ Medium \d+ Low .*Falling due within 90 days/,
    )
    // Every counterparty of the demo gets a section, in Danish alphabetical order.
    const { counterparties: all } = await loadRegister(reg.ctx)
    const order = all.map((cp) => headingAt(document, cp.name))
    expect(order.every((at) => at > 0)).toBe(true)
    const sorted = [...all].sort((a, b) => new Intl.Collator('da').compare(a.name, b.name))
    expect(sorted.map((cp) => headingAt(document, cp.name))).toEqual(
      [...order].sort((a, b) => a - b),
    )
  })

  it("shows a counterparty's role, agreements, locations with transfer bases, supervision and open warnings", async () => {
    await createDemoRegister(reg.ctx)
    const document = await html()
    const nordhost = sectionOf(document, 'Nordhost A/S')
    expect(nordhost).toContain('Role: Processor')
    expect(nordhost).toMatch(/Agreement Status Signed Expires Notice deadline/)
    expect(nordhost).toContain('Data processing agreement')
    expect(nordhost).toMatch(/Country Activity Transfer basis Details/)
    expect(nordhost).toContain('Supervision')
    const backup = sectionOf(document, 'Backup Vault Inc.')
    expect(backup).toContain('EU-US Data Privacy Framework')
    expect(backup).toContain('United States of America (US)')
    // The warnings listed are the engine's, with their rule, severity and legal reference.
    const register = await loadRegister(reg.ctx)
    const warnings = evaluate(register, '2026-11-24', await getSettings(reg.ctx))
    const id = register.counterparties.find((c) => c.name === 'Backup Vault Inc.')?.id
    const own = warnings.filter((w) => w.subject.counterparty_id === id)
    expect(own.length).toBeGreaterThan(0)
    for (const w of own) {
      expect(backup).toContain(`${w.rule} ${w.message.en}`)
      expect(backup).toContain(w.legal_ref)
    }
  })

  it('filters by kind, owner, status and severity, and says which filters apply', async () => {
    await createDemoRegister(reg.ctx)
    const register = await loadRegister(reg.ctx)
    const count = (document: string) =>
      Number(/Counterparties \((\d+)\)/.exec(textOf(document))?.[1])

    const auditors = await html({ kind: 'auditor' })
    expect(count(auditors)).toBe(
      register.counterparties.filter((c) => c.kinds.includes('auditor')).length,
    )
    expect(textOf(auditors)).toContain('Filters: Kind: Auditor')

    const owned = await html({ owner: 'IT-drift' })
    expect(count(owned)).toBe(register.counterparties.filter((c) => c.owner === 'IT-drift').length)
    expect(textOf(owned)).not.toContain('<h2>Hotjar</h2>')

    const former = await html({ status: 'former' })
    expect(count(former)).toBe(register.counterparties.filter((c) => c.status === 'former').length)

    const critical = await html({ severity: 'critical' })
    const text = textOf(critical)
    expect(text).toContain('Severity at least: Critical')
    expect(text).not.toMatch(/\bHigh R\d\d\b|\bMedium R\d\d\b|\bLow R\d\d\b/)
    const warnings = evaluate(register, '2026-11-24', await getSettings(reg.ctx))
    const withCritical = new Set(
      warnings.filter((w) => w.severity === 'critical').map((w) => w.subject.counterparty_id),
    )
    expect(count(critical)).toBe([...withCritical].filter((id) => id !== null).length)
  })

  it('covers the counterparties the list shows for its search, role, country and warnings filter', async () => {
    await createDemoRegister(reg.ctx)
    const listed = async (filters: Partial<ReportFilters>) =>
      (
        await reg.handlers['counterparties:list'](
          counterpartyFilter.parse({ ...filters, limit: 1000 }),
        )
      ).rows
        .map((c) => c.name)
        .sort()
    const reported = (document: string) =>
      [...document.matchAll(/<h2>([^<]+)<\/h2>/g)]
        .map((m) => textOf(m[1] ?? '').trim())
        .filter((name) => name !== 'Summary' && !name.startsWith('Counterparties'))
        .sort()
    for (const filters of [
      { search: 'cloud' },
      { role: 'processor' as const },
      { country: 'US' },
      { warnings: 'no_basis' as const },
      { search: 'usa', warnings: 'any' as const },
    ]) {
      const document = await html(filters)
      expect(reported(document), JSON.stringify(filters)).toEqual(await listed(filters))
    }
    expect(textOf(await html({ search: 'cloud', country: 'US' }))).toContain(
      'Filters: Search: “cloud” · Country: United States of America (US)',
    )
  })

  it('speaks Danish or English throughout', async () => {
    await createDemoRegister(reg.ctx)
    const da = textOf(await html({}, 'da'))
    expect(da).toContain('Statusrapport for aftaler')
    expect(da).toContain('Overblik')
    expect(da).toContain('Rolle: Databehandler')
    expect(da).toContain('Forfalder inden for 90 dage')
    expect(da).not.toContain('Agreement status report')
    const en = textOf(await html({}, 'en'))
    expect(en).toContain('Agreement status report')
    expect(en).not.toContain('Statusrapport')
  })

  it('is one self-contained document: inline CSS, A4 print rules, no scripts and nothing fetched', async () => {
    await createDemoRegister(reg.ctx)
    const document = await html()
    expect(document.startsWith('<!doctype html>')).toBe(true)
    expect(document).toContain('@page { size: A4;')
    expect(document).toContain('table-layout: fixed')
    expect(document).toContain('overflow-wrap: anywhere')
    expect(document).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i)
    expect(document).not.toMatch(/href="(https?:|\/\/)/)
    // The running header travels with the document, for whatever prints it.
    expect(readRunningHeader(document)).toEqual({
      organisation: 'Ditmer A/S',
      title: 'Agreement status report',
      date: 'Status as of 24 November 2026',
      page: 'Page',
      footnote: 'The warnings are an aid for human review, not legal advice.',
    })
  })

  it('escapes what the register holds, so a name cannot inject markup or break out of the CSS', async () => {
    const evil = '</style><script>alert(1)</script><img src=x onerror=alert(2)> & "Co"'
    await createRecord(reg.ctx, 'counterparty', { name: evil, role: 'processor' })
    await reg.handlers['settings:update']({
      organisation: {
        name: 'Evil </style><script>x()</script> "A/S"',
        registration_no: '',
        country: 'DK',
      },
    })
    const document = await html()
    expect(document).not.toContain('<script')
    expect(document).not.toContain('<img')
    expect(document.match(/<\/style>/g)).toHaveLength(2)
    expect(document).toContain('&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('says so when no counterparty matches the filters', async () => {
    await createDemoRegister(reg.ctx)
    const text = textOf(await html({ owner: 'Nobody' }))
    expect(text).toContain('Counterparties (0)')
    expect(text).toContain('No counterparties match the filters.')
  })

  it('is a pure function of the register, the warnings and the dates: the same input gives the same bytes', async () => {
    await createDemoRegister(reg.ctx)
    const register = await loadRegister(reg.ctx)
    const settings = await getSettings(reg.ctx)
    const options = {
      language: 'da' as const,
      filters: ALL,
      organisation: 'Ditmer A/S',
      today: '2026-11-24',
    }
    const render = () =>
      renderReportHtml(
        register,
        evaluate(register, '2026-11-24', settings),
        upcoming(register, '2026-11-24', settings, 1000),
        options,
      )
    expect(render()).toBe(render())
  })
})
