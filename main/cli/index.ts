/**
 * The command-line interface, on the same services as the app: `npm run cli -- <command> [options]`.
 * Exit codes: 0 done, 1 the check found critical warnings, 2 bad usage or an error.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createDemoRegister } from '../services/demo'
import { ServiceError } from '../services/errors'
import { complianceWarnings } from '../services/compliance'
import { exportRegister, importRegister } from '../services/register-io'
import { reportHtml, reportPdf } from '../services/report'
import { getSettings } from '../services/settings'
import { reportFilters, type Output, type ReportFilters } from '../../preload/contract'
import {
  backupSession,
  closeSession,
  openSession,
  restoreSession,
  sessionContext,
  sessionHandlers,
  type Session,
} from '../services/session'
import { defaultDbPath } from '../paths'

export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
}

interface CommandOption {
  type: 'string' | 'boolean'
  /** The value's placeholder in the usage, e.g. `YYYY-MM-DD`; none for a switch. */
  value?: string
  description: string
}

interface Command {
  summary: string
  /** Positional arguments in the usage line, e.g. `FILE.json`. */
  positionals?: string
  options?: Record<string, CommandOption>
  /** What is wrong with the options, found before the register is opened; none when all is well. */
  problems?: (args: ParsedArgs) => string[]
  run: (session: Session, args: ParsedArgs, io: CliIo) => Promise<number>
}

export interface ParsedArgs {
  db: string
  positionals: string[]
  flags: Record<string, string | boolean | undefined>
}

const LANGUAGES = ['da', 'en'] as const

/** The report's filters as options, named and checked by the contract's own schema. */
const REPORT_FILTER_FIELDS = reportFilters.unwrap().shape

const commands: Record<string, Command> = {
  demo: {
    summary: 'load the demo register (a Danish IT consultancy) into an empty register',
    run: async (session, args, io) => {
      const { counterparties } = await createDemoRegister(sessionContext(session))
      io.out(`Loaded the demo register: ${counterparties} counterparties into ${args.db}`)
      return 0
    },
  },
  export: {
    summary: 'write the whole register as JSON to stdout (docs/register-format.md)',
    run: async (session, _args, io) => {
      io.out((await exportRegister(sessionContext(session))).trimEnd())
      return 0
    },
  },
  import: {
    summary: 'import FILE.json into an empty register (all or nothing); --replace to overwrite',
    positionals: 'FILE.json',
    options: {
      replace: { type: 'boolean', description: 'replace what the register holds' },
    },
    run: async (session, args, io) => {
      const [file] = args.positionals
      if (!file) {
        io.err('Name the JSON file to import: npm run cli -- import --db FILE register.json')
        return 2
      }
      const text = readTextFile(file)
      const counts = await importRegister(sessionContext(session), text, {
        replace: args.flags.replace === true,
      })
      const summary = Object.entries(counts).map(
        ([section, n]) => `${n} ${section.replace(/_/g, ' ')}`,
      )
      io.out(`Imported ${summary.join(', ')} into ${args.db}`)
      return 0
    },
  },
  check: {
    summary:
      'evaluate the register (--today YYYY-MM-DD, --json); exit 1 if any warning is critical',
    options: {
      today: { type: 'string', value: 'YYYY-MM-DD', description: 'evaluate as of this date' },
      json: { type: 'boolean', description: 'print the warnings as JSON (docs/cli.md)' },
    },
    run: async (session, args, io) => {
      const today = typeof args.flags.today === 'string' ? args.flags.today : null
      if (today !== null && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
        io.err(`--today must be a date as YYYY-MM-DD, not ${today}`)
        return 2
      }
      const ctx = sessionContext(session)
      const result = await complianceWarnings(ctx, { counterparty_id: null, today })
      const critical = result.warnings.filter((w) => w.severity === 'critical').length
      if (args.flags.json === true) io.out(JSON.stringify(checkReport(result), null, 2))
      else printWarnings(result, (await getSettings(ctx)).language, io)
      return critical > 0 ? 1 : 0
    },
  },
  backup: {
    summary: 'take a verified backup now (kept by the rotation in settings)',
    run: async (session, _args, io) => {
      const backup = await backupSession(session)
      io.out(`Backup saved: ${path.join(session.backupDir, backup.file_name)}`)
      return 0
    },
  },
  backups: {
    summary: 'list the backups of the register, newest first',
    run: async (session, _args, io) => {
      const { dir, backups } = await sessionHandlers(session)['backups:list']({})
      io.out(backups.length === 0 ? `No backups in ${dir}` : `Backups in ${dir}:`)
      for (const b of backups) io.out(`  ${b.file_name}  ${b.taken_at}  ${b.size} bytes`)
      return 0
    },
  },
  restore: {
    summary: 'restore NAME from the backup folder (the current file is saved first)',
    positionals: 'NAME',
    run: async (session, args, io) => {
      const [name] = args.positionals
      if (!name) {
        io.err('Name the backup to restore: npm run cli -- restore --db FILE NAME (see `backups`)')
        return 2
      }
      const result = await restoreSession(session, name)
      io.out(
        `Restored ${result.restored}; the file it replaced is saved as ${result.saved_current_as ?? '(nothing)'}`,
      )
      io.out(result.integrity_ok ? 'Integrity check: ok' : 'Integrity check FAILED after restore')
      return result.integrity_ok ? 0 : 2
    },
  },
  report: reportCommand(),
}

function reportCommand(): Command {
  const filterOptions = Object.fromEntries(
    Object.keys(REPORT_FILTER_FIELDS).map((name) => [
      name,
      {
        type: 'string',
        value: name === 'search' ? 'TEXT' : name.toUpperCase(),
        description: filterDescription(name as keyof ReportFilters),
      } satisfies CommandOption,
    ]),
  )
  return {
    summary: 'write the agreement status report as PDF or HTML, with the filters of the list',
    options: {
      format: { type: 'string', value: 'pdf|html', description: 'pdf (the default) or html' },
      out: {
        type: 'string',
        value: 'FILE',
        description: 'where to write it; a PDF defaults to statusrapport-DATE.pdf, HTML to stdout',
      },
      language: {
        type: 'string',
        value: 'da|en',
        description: "the report's language (default: the register's)",
      },
      ...filterOptions,
    },
    problems: (args) => {
      const parsed = parseReportArgs(args)
      return 'problems' in parsed ? parsed.problems : []
    },
    run: runReport,
  }
}

function filterDescription(name: keyof ReportFilters): string {
  if (name === 'search') return 'counterparties whose name, legal name or number contains TEXT'
  if (name === 'owner') return 'counterparties with this internal owner'
  if (name === 'country') return 'counterparties with data in this country (ISO code, e.g. US)'
  const field = REPORT_FILTER_FIELDS[name].unwrap().unwrap()
  return `one of ${field.options.join(', ')}`
}

interface ReportRequest {
  format: 'pdf' | 'html'
  language: (typeof LANGUAGES)[number] | null
  filters: ReportFilters
  out: string | null
}

function parseReportArgs(args: ParsedArgs): { problems: string[] } | { request: ReportRequest } {
  const problems: string[] = []
  const format = args.flags.format ?? 'pdf'
  if (format !== 'pdf' && format !== 'html') {
    problems.push(`--format must be pdf or html, not ${String(format)}`)
  }
  const language = LANGUAGES.find((l) => l === args.flags.language) ?? null
  if (args.flags.language !== undefined && language === null) {
    problems.push(`--language must be da or en, not ${String(args.flags.language)}`)
  }
  const given = Object.fromEntries(
    Object.keys(REPORT_FILTER_FIELDS).flatMap((name) =>
      args.flags[name] === undefined ? [] : [[name, args.flags[name]]],
    ),
  )
  const filters = reportFilters.safeParse(given)
  if (!filters.success) {
    problems.push(...filters.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`))
  }
  if (problems.length > 0 || !filters.success) return { problems }
  const out = typeof args.flags.out === 'string' ? userPath(args.flags.out) : null
  return {
    request: { format: format === 'html' ? 'html' : 'pdf', language, filters: filters.data, out },
  }
}

async function runReport(session: Session, args: ParsedArgs, io: CliIo): Promise<number> {
  const parsed = parseReportArgs(args)
  if ('problems' in parsed) {
    for (const problem of parsed.problems) io.err(problem)
    return 2
  }
  const { format, language, filters, out } = parsed.request
  const ctx = sessionContext(session)
  if (format === 'html') {
    const html = await reportHtml(ctx, { filters, language })
    if (out === null) io.out(html)
    else writeReport(out, html, io)
    return 0
  }
  const pdf = await reportPdf(ctx, { filters, language })
  writeReport(out ?? userPath(pdf.file_name), pdf.bytes, io)
  return 0
}

function writeReport(file: string, content: string | Uint8Array, io: CliIo): void {
  try {
    fs.writeFileSync(file, content)
  } catch (error) {
    throw new Error(
      `Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    )
  }
  io.out(`Report saved: ${file}`)
}

/** A path the user typed, against the folder they typed it in (npm runs scripts in the root). */
const userPath = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)

/** The `check --json` document (docs/cli.md). */
export function checkReport(result: Output<'compliance:warnings'>) {
  const count = (severity: string) => result.warnings.filter((w) => w.severity === severity).length
  return {
    today: result.today,
    reference: result.reference,
    summary: {
      total: result.warnings.length,
      critical: count('critical'),
      high: count('high'),
      medium: count('medium'),
      low: count('low'),
    },
    warnings: result.warnings,
  }
}

function printWarnings(result: Output<'compliance:warnings'>, language: 'da' | 'en', io: CliIo) {
  const { summary } = checkReport(result)
  io.out(
    `${result.today}: ${summary.total} warning(s) — ${summary.critical} critical, ${summary.high} high, ` +
      `${summary.medium} medium, ${summary.low} low (reference data verified ${result.reference.verified_on})`,
  )
  for (const w of result.warnings) {
    const due = w.due ? ` due ${w.due}` : ''
    io.out(
      `${w.severity.toUpperCase().padEnd(8)} ${w.rule} ${w.message[language]}${due} [${w.legal_ref}]`,
    )
  }
}

function readTextFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    )
  }
}

/** The command names, in the order the usage lists them. */
export const CLI_COMMANDS = Object.keys(commands)

const GLOBAL_OPTIONS = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

export function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
  return [
    'Usage: npm run cli -- <command> [--db FILE] [options]',
    '',
    'Commands:',
    ...lines,
    '',
    `--db FILE defaults to ${defaultDbPath()}`,
    'npm run cli -- <command> --help shows the options of one command.',
  ].join('\n')
}

export function commandUsage(name: string, command: Command): string {
  const options = Object.entries(command.options ?? {}).map(([option, o]) => {
    const synopsis = `--${option}${o.value ? ` ${o.value}` : ''}`
    return `  ${synopsis.padEnd(24)} ${o.description}`
  })
  return [
    `Usage: npm run cli -- ${name} [--db FILE]${command.positionals ? ` ${command.positionals}` : ''}${options.length > 0 ? ' [options]' : ''}`,
    '',
    `${command.summary[0]?.toUpperCase() ?? ''}${command.summary.slice(1)}.`,
    '',
    `  ${'--db FILE'.padEnd(24)} the register (default ${defaultDbPath()})`,
    ...options,
    `  ${'--help, -h'.padEnd(24)} print this and exit`,
  ].join('\n')
}

export function parseCliArgs(argv: string[]): {
  command: string | undefined
  help: boolean
  args: ParsedArgs
} {
  const every = Object.fromEntries(
    Object.values(commands).flatMap((c) =>
      Object.entries(c.options ?? {}).map(([name, o]) => [name, { type: o.type }]),
    ),
  )
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: { ...every, ...GLOBAL_OPTIONS },
    allowPositionals: true,
    strict: true,
    tokens: true,
  })
  const [command, ...rest] = positionals
  const own = command === undefined ? undefined : commands[command]?.options
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name in GLOBAL_OPTIONS) continue
    if (own === undefined || !(token.name in own)) {
      throw new Error(`Unknown option '${token.rawName}' for ${command ?? 'the CLI'}`)
    }
  }
  const db = typeof values.db === 'string' ? userPath(values.db) : defaultDbPath()
  return {
    command,
    help: values.help === true,
    args: { db, positionals: rest, flags: values },
  }
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseCliArgs>
  try {
    parsed = parseCliArgs(argv)
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${usage()}`)
    return 2
  }
  const command = parsed.command === undefined ? undefined : commands[parsed.command]
  if (!command) {
    const unknown = parsed.command ? `Unknown command "${parsed.command}".\n\n` : ''
    ;(unknown ? io.err : io.out)(unknown + usage())
    return unknown ? 2 : 0
  }
  // Before the register is opened: asking how a command works, or a bad option, changes no file.
  if (parsed.help) {
    io.out(commandUsage(parsed.command ?? '', command))
    return 0
  }
  const problems = command.problems?.(parsed.args) ?? []
  if (problems.length > 0) {
    for (const problem of problems) io.err(problem)
    return 2
  }
  try {
    const session = await openSession(parsed.args.db, os.userInfo().username)
    try {
      return await command.run(session, parsed.args, io)
    } finally {
      await closeSession(session)
    }
  } catch (error) {
    io.err(error instanceof ServiceError || error instanceof Error ? error.message : String(error))
    return 2
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  // `cli -- check | head` closes the pipe early: that ends the output, it is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit()
    throw error
  })
  runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then((code) => {
    process.exitCode = code
  })
}
