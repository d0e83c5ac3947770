// `npm run security:electron`: runs electronegativity over the app's own code and fails on any
// HIGH finding. The tool itself exits 0 whatever it finds, so this reads its CSV report instead.
// It scans main/, preload/ and renderer/ together (its global checks, such as "navigation is
// limited somewhere", need the whole app at once) with package.json, so the Electron version is
// known. Findings and the reasons behind the ones we accept: docs/security.md.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'

const root = path.resolve(import.meta.dirname, '..')
const report = path.join(root, '.tmp', 'electronegativity.csv')
const require = createRequire(import.meta.url)
const tool = path.join(
  path.dirname(require.resolve('@doyensec/electronegativity/package.json')),
  'dist',
  'index.js',
)
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const electronVersion = pkg.devDependencies?.electron ?? pkg.dependencies?.electron

/** One run of the tool over a staged copy of the app; the report's rows, or null if unreadable. */
function scan() {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'dpa-desk-electronegativity-'))
  try {
    for (const dir of ['main', 'preload', 'renderer']) {
      fs.cpSync(path.join(root, dir), path.join(stage, dir), { recursive: true })
    }
    fs.copyFileSync(path.join(root, 'package.json'), path.join(stage, 'package.json'))
    fs.mkdirSync(path.dirname(report), { recursive: true })
    fs.rmSync(report, { force: true })

    const args = [tool, '-i', stage, '-o', report, '-r', '-v', 'false']
    if (electronVersion) args.push('-e', electronVersion)
    const run = spawnSync(process.execPath, args, { cwd: stage, encoding: 'utf8' })
    if (run.status !== 0 || !fs.existsSync(report)) {
      console.error(run.stdout, run.stderr)
      console.error(`electronegativity did not write its report (exit ${run.status}).`)
      process.exit(2)
    }
  } finally {
    fs.rmSync(stage, { recursive: true, force: true })
  }
  try {
    return parse(fs.readFileSync(report, 'utf8'), {
      columns: (header) => header.map((name) => name.trim()),
      skip_empty_lines: true,
      trim: true,
    })
  } catch (error) {
    console.error(`The report could not be read (${error.message.split('\n')[0]}).`)
    return null
  }
}

// The tool now and then writes its report with a line cut short; an unreadable report could hide a
// HIGH finding, so it is made again rather than read loosely.
const ATTEMPTS = 3
let rows = null
for (let attempt = 1; attempt <= ATTEMPTS && rows === null; attempt++) rows = scan()
if (rows === null) {
  console.error(`electronegativity wrote an unreadable report ${ATTEMPTS} times in a row.`)
  process.exit(2)
}

const bySeverity = {}
for (const row of rows) bySeverity[row.severity] = (bySeverity[row.severity] ?? 0) + 1
const high = rows.filter((row) => row.severity === 'HIGH')

const counts = Object.entries(bySeverity)
  .map(([severity, count]) => `${count} ${severity}`)
  .join(', ')
console.log(
  `electronegativity (Electron ${electronVersion}): ${rows.length} finding(s)${counts ? `: ${counts}` : ''}.`,
)
for (const row of rows) {
  const where = row.filename === 'N/A' ? 'whole app' : `${row.filename}:${row.location}`
  console.log(`  ${row.severity.padEnd(13)} ${row.issue} (${where}) ${row.description}`)
}
console.log(`Report: ${path.relative(root, report)}`)

if (high.length > 0) {
  console.error(`\n${high.length} HIGH finding(s); fix them or explain them in docs/security.md:`)
  for (const row of high) {
    console.error(
      `  ${row.issue} at ${row.filename}:${row.location}: ${row.sample}\n    ${row.url}`,
    )
  }
  process.exit(1)
}
