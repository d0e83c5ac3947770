import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CLI_COMMANDS, runCli } from '../../main/cli'
import { pageTexts } from '../report/pdf-tools'
import { tempDir } from '../helpers/temp-register'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('the CLI', () => {
  it('creates the demo register in the file named by --db', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const file = path.join(dir, 'demo.db')
    const result = await cli('demo', '--db', file)
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('18 counterparties') })
    expect(fs.existsSync(file)).toBe(true)
    const again = await cli('demo', '--db', file)
    expect(again.code).toBe(2)
    expect(again.err).toMatch(/empty register/)
  })

  it('checks a register, prints each warning and exits 1 when any is critical', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const file = path.join(dir, 'register.db')
    await cli('demo', '--db', file)
    const text = await cli('check', '--db', file, '--today', '2026-11-24')
    expect(text.code).toBe(1)
    expect(text.out).toMatch(/^2026-11-24: \d+ warning\(s\) — \d+ critical/)
    expect(text.out).toMatch(/CRITICAL R04 .*Hotjar/)
    const json = await cli('check', '--db', file, '--today', '2026-11-24', '--json')
    const report = JSON.parse(json.out) as {
      summary: { critical: number; total: number }
      warnings: { rule: string }[]
    }
    expect(report.summary.critical).toBeGreaterThan(0)
    expect(report.warnings).toHaveLength(report.summary.total)
    expect(json.code).toBe(1)
  })

  it('exits 0 from check when nothing is critical, and refuses a malformed date', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const file = path.join(dir, 'empty.db')
    expect((await cli('check', '--db', file, '--today', '2026-11-24')).code).toBe(0)
    expect(await cli('check', '--db', file, '--today', '24/11/2026')).toMatchObject({
      code: 2,
      err: expect.stringContaining('YYYY-MM-DD'),
    })
  })

  it('takes, lists and restores backups', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const file = path.join(dir, 'register.db')
    await cli('demo', '--db', file)
    const taken = await cli('backup', '--db', file)
    expect(taken).toMatchObject({
      code: 0,
      out: expect.stringMatching(/Backup saved: .*\.backup\.db/),
    })
    const name = path.basename(taken.out.replace('Backup saved: ', ''))
    expect((await cli('backups', '--db', file)).out).toContain(name)
    const restored = await cli('restore', '--db', file, name)
    expect(restored).toMatchObject({ code: 0, out: expect.stringContaining('Integrity check: ok') })
    expect(await cli('restore', '--db', file, 'nope.db')).toMatchObject({
      code: 2,
      err: expect.stringContaining('no backup called nope.db'),
    })
  })

  it('explains an unknown command or option with the usage and exit code 2', async () => {
    expect(await cli('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Usage:'),
    })
    expect(await cli('demo', '--colour')).toMatchObject({
      code: 2,
      err: expect.stringContaining("Unknown option '--colour'"),
    })
  })

  it('prints the usage for --help', async () => {
    expect(await cli('--help')).toMatchObject({
      code: 0,
      out: expect.stringContaining('Commands:'),
    })
  })

  it.each(CLI_COMMANDS)(
    'prints the usage of `%s --help` and exits 0 without opening or creating a register',
    async (command) => {
      const dir = tempDir()
      dirs.push(dir)
      const file = path.join(dir, 'untouched.db')
      const result = await cli(command, '--help', '--db', file)
      expect(result.code).toBe(0)
      expect(result.out).toContain(`Usage: npm run cli -- ${command} [--db FILE]`)
      expect(result.out).toContain('--help, -h')
      expect(result.err).toBe('')
      expect(fs.readdirSync(dir)).toEqual([])
    },
  )

  it('refuses an option that belongs to another command, naming it', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const result = await cli('demo', '--db', path.join(dir, 'r.db'), '--kind', 'processor')
    expect(result).toMatchObject({ code: 2, err: expect.stringContaining("'--kind' for demo") })
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('writes the status report as PDF with the filters of the list', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const file = path.join(dir, 'register.db')
    await cli('demo', '--db', file)
    const pdf = path.join(dir, 'processors.pdf')
    const result = await cli(
      'report',
      '--db',
      file,
      '--kind',
      'processor',
      '--language',
      'en',
      '--out',
      pdf,
    )
    expect(result).toMatchObject({ code: 0, out: `Report saved: ${pdf}` })
    const text = (await pageTexts(pdf)).join('\n')
    expect(text).toContain('Agreement status report')
    expect(text).toContain('Ditmer A/S')
    expect(text).toContain('Filters: Kind: Processor')
    expect(text).toContain('Amazon Web Services')
    // An advisor (an independent controller) is not a processor: the filter leaves it out.
    expect(text).not.toContain('Advokatfirmaet Lund')
  })

  it('writes the report as HTML to stdout, in the language asked for', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const file = path.join(dir, 'register.db')
    await cli('demo', '--db', file)
    const result = await cli('report', '--db', file, '--format', 'html', '--language', 'da')
    expect(result.code).toBe(0)
    expect(result.out.startsWith('<!doctype html><html lang="da">')).toBe(true)
    expect(result.out).toContain('Statusrapport for aftaler')
    expect(result.out).toContain('Advokatfirmaet Lund')
  })

  it('refuses a bad filter, format or language with the option named, and writes nothing', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const file = path.join(dir, 'register.db')
    await cli('demo', '--db', file)
    const out = path.join(dir, 'report.pdf')
    expect(await cli('report', '--db', file, '--kind', 'vendor', '--out', out)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^--kind: .*processor/),
    })
    expect(await cli('report', '--db', file, '--format', 'docx', '--out', out)).toMatchObject({
      code: 2,
      err: '--format must be pdf or html, not docx',
    })
    expect(await cli('report', '--db', file, '--language', 'de', '--out', out)).toMatchObject({
      code: 2,
      err: '--language must be da or en, not de',
    })
    expect(fs.existsSync(out)).toBe(false)
    // Refused before the register is opened: a mistyped --db is not created either.
    const never = path.join(dir, 'never.db')
    expect((await cli('report', '--db', never, '--severity', 'urgent')).code).toBe(2)
    expect(fs.existsSync(never)).toBe(false)
  })
})
