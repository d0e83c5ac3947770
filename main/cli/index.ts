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
import { getSettings } from '../services/settings'
import type { Output } from '../../preload/contract'
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

interface Command {
  summary: string
  run: (session: Session, args: ParsedArgs, io: CliIo) => Promise<number>
}

export interface ParsedArgs {
  db: string
  positionals: string[]
  flags: Record<string, string | boolean | undefined>
}

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
}

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

export function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
  return [
    'Usage: npm run cli -- <command> [--db FILE] [options]',
    '',
    'Commands:',
    ...lines,
    '',
    `--db FILE defaults to ${defaultDbPath()}`,
  ].join('\n')
}

export function parseCliArgs(argv: string[]): { command: string | undefined; args: ParsedArgs } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      today: { type: 'string' },
      json: { type: 'boolean' },
      replace: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  })
  const [command, ...rest] = positionals
  const db = values.db ? path.resolve(values.db) : defaultDbPath()
  return {
    command: values.help ? undefined : command,
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
