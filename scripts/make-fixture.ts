/**
 * Builds test/fixtures/schema-v<N>.db: a register exactly as schema version N left it, made by
 * running only the migrations up to N and inserting representative rows (every table) with plain
 * SQL, as the app of that version would have written them. test/db/migrations.test.ts migrates a
 * copy of each fixture to the latest version and checks that every row survives.
 *
 *   npx tsx scripts/make-fixture.ts 20
 *
 * Make a fixture when a migration ships, and never rebuild an old one afterwards: it stands for the
 * files users already have. A migration that changes a table's shape needs the rows below written
 * for each version (branch on `version`).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { migrations } from '../db/migrations'

type Row = Record<string, string | number | null | Buffer>

const AT = '2025-03-10T09:15:00.000Z'
const OS_USER = 'mette'

/** Rows per table, in insert order (parents before children). */
function fixtureRows(): [table: string, rows: Row[]][] {
  const stamps = { created_at: AT, updated_at: AT }
  const document = Buffer.from('%PDF-1.4\n% Databehandleraftale, underskrevet\n%%EOF\n', 'utf8')
  return [
    [
      'counterparty',
      [
        {
          id: 1,
          name: 'Hetzner Online GmbH',
          legal_name: 'Hetzner Online GmbH',
          registration_no: 'DE812871812',
          country: 'DE',
          website: 'https://www.hetzner.com',
          kinds: JSON.stringify(['supplier', 'processor']),
          role: 'processor',
          status: 'active',
          relationship_end: null,
          owner: 'IT-drift',
          data_categories: JSON.stringify(['ordinary']),
          data_subjects_band: '1000_10000',
          risk_points: 4,
          notes: 'Hosting af kundeportalen.',
          ...stamps,
        },
        {
          id: 2,
          name: 'The Rocket Science Group LLC (Mailchimp)',
          legal_name: 'The Rocket Science Group LLC',
          registration_no: null,
          country: 'US',
          website: 'https://mailchimp.com',
          kinds: JSON.stringify(['supplier', 'processor']),
          role: 'processor',
          status: 'active',
          relationship_end: null,
          owner: 'Marketing',
          data_categories: JSON.stringify(['ordinary']),
          data_subjects_band: 'over_10000',
          risk_points: 6,
          notes: null,
          ...stamps,
        },
        {
          id: 3,
          name: 'Amazon Web Services EMEA SARL',
          legal_name: null,
          registration_no: 'B186284',
          country: 'LU',
          website: null,
          kinds: JSON.stringify(['sub_processor']),
          role: 'sub_processor',
          status: 'active',
          relationship_end: null,
          owner: null,
          data_categories: JSON.stringify([]),
          data_subjects_band: null,
          risk_points: null,
          notes: null,
          ...stamps,
        },
        {
          id: 4,
          name: 'Revisionsfirmaet Søndergård & Ørsted P/S',
          legal_name: 'Søndergård & Ørsted Statsautoriseret Revisionspartnerselskab',
          registration_no: '12345678',
          country: 'DK',
          website: null,
          kinds: JSON.stringify(['auditor']),
          role: 'independent_controller',
          status: 'former',
          relationship_end: '2024-12-31',
          owner: 'Økonomi',
          data_categories: JSON.stringify(['ordinary', 'cpr']),
          data_subjects_band: 'under_1000',
          risk_points: 2,
          notes: 'Årsrevision 2019–2024.',
          ...stamps,
        },
      ],
    ],
    [
      'contact',
      [
        {
          id: 1,
          counterparty_id: 1,
          name: 'Jana Becker',
          title: 'Account manager',
          email: 'jana.becker@example.de',
          phone: '+49 911 234 567',
          last_activity: '2025-02-01',
          legal_hold: 0,
          notes: null,
          ...stamps,
        },
        {
          id: 2,
          counterparty_id: 4,
          name: 'Søren Ærø',
          title: 'Partner',
          email: 'soren@example.dk',
          phone: null,
          last_activity: '2022-06-30',
          legal_hold: 1,
          notes: 'Tvist om honorar 2022: bevares.',
          ...stamps,
        },
      ],
    ],
    [
      'agreement',
      [
        {
          id: 1,
          counterparty_id: 1,
          title: 'Databehandleraftale',
          type: 'dpa',
          template: 'dt_2019',
          scc_module: null,
          status: 'signed',
          signed_on: '2021-05-03',
          effective_from: '2021-05-03',
          expires_on: null,
          notice_period_days: 90,
          auto_renewal_months: null,
          review_interval_months: 12,
          objection_window_days: 30,
          sub_processor_authorisation: 'general',
          parent_agreement_id: null,
          notes: null,
          ...stamps,
        },
        {
          id: 2,
          counterparty_id: 2,
          title: 'Mailchimp Data Processing Addendum',
          type: 'dpa',
          template: 'vendor',
          scc_module: null,
          status: 'signed',
          signed_on: '2023-09-12',
          effective_from: '2023-09-12',
          expires_on: '2026-09-11',
          notice_period_days: 30,
          auto_renewal_months: 12,
          review_interval_months: null,
          objection_window_days: null,
          sub_processor_authorisation: 'general',
          parent_agreement_id: null,
          notes: null,
          ...stamps,
        },
        {
          id: 3,
          counterparty_id: 2,
          title: 'SCC 2021, modul 2',
          type: 'scc_2021',
          template: 'eu_2021_915',
          scc_module: 2,
          status: 'signed',
          signed_on: '2023-09-12',
          effective_from: '2023-09-12',
          expires_on: null,
          notice_period_days: null,
          auto_renewal_months: null,
          review_interval_months: null,
          objection_window_days: null,
          sub_processor_authorisation: null,
          parent_agreement_id: 2,
          notes: null,
          ...stamps,
        },
      ],
    ],
    [
      'location',
      [
        {
          id: 1,
          counterparty_id: 1,
          country: 'DE',
          activity: 'storage',
          basis: 'eea',
          scc_module: null,
          agreement_id: 1,
          dpf_category: null,
          dpf_status: null,
          dpf_verified_on: null,
          tia_on: null,
          scope_confirmed: null,
          art49_letter: null,
          authorisation_ref: null,
          recurring: 1,
          description: 'Falkenstein',
          ...stamps,
        },
        {
          id: 2,
          counterparty_id: 2,
          country: 'US',
          activity: 'processing',
          basis: 'dpf',
          scc_module: null,
          agreement_id: 2,
          dpf_category: 'non_hr',
          dpf_status: 'active',
          dpf_verified_on: '2025-01-20',
          tia_on: null,
          scope_confirmed: 1,
          art49_letter: null,
          authorisation_ref: null,
          recurring: 1,
          description: null,
          ...stamps,
        },
        {
          id: 3,
          counterparty_id: 2,
          country: 'IN',
          activity: 'support_access',
          basis: 'scc_2021',
          scc_module: 3,
          agreement_id: 3,
          dpf_category: null,
          dpf_status: null,
          dpf_verified_on: null,
          tia_on: '2024-04-02',
          scope_confirmed: null,
          art49_letter: null,
          authorisation_ref: null,
          recurring: 0,
          description: 'Support fra Bangalore',
          ...stamps,
        },
      ],
    ],
    [
      'sub_processor_link',
      [
        {
          id: 1,
          processor_id: 2,
          sub_processor_id: 3,
          purpose: 'Hosting',
          listed_on: '2023-09-12',
          notified_on: '2024-01-05',
          objection_deadline: '2024-02-04',
          approved_on: '2024-01-20',
          approved_by: 'Mette Holm',
          objected_on: null,
          ...stamps,
        },
      ],
    ],
    [
      'supervision',
      [
        {
          id: 1,
          counterparty_id: 1,
          method: 'isae3402_type2',
          concept: 2,
          period_start: '2023-01-01',
          period_end: '2023-12-31',
          received_on: '2024-03-15',
          opinion: 'qualified',
          deviations: 'Adgangsrettigheder blev ikke gennemgået kvartalsvis.',
          followed_up_on: '2024-04-10',
          next_due: '2025-03-15',
          notes: null,
          ...stamps,
        },
      ],
    ],
    [
      'document',
      [
        {
          id: 1,
          counterparty_id: null,
          agreement_id: 1,
          supervision_id: null,
          file_name: 'databehandleraftale-hetzner.pdf',
          mime_type: 'application/pdf',
          size: document.length,
          sha256: createHash('sha256').update(document).digest('hex'),
          content: document,
          created_at: AT,
        },
      ],
    ],
    [
      'setting',
      [
        {
          key: 'organisation',
          value: JSON.stringify({ name: 'Konsulenthuset ApS', registration_no: '', country: 'DK' }),
        },
        { key: 'language', value: JSON.stringify('da') },
        { key: 'reference_data_verified_on', value: JSON.stringify('2025-03-01') },
      ],
    ],
  ]
}

const JSON_COLUMNS = new Set(['kinds', 'data_categories'])
const BOOLEAN_COLUMNS = new Set(['legal_hold', 'scope_confirmed', 'recurring'])

/** A record as the services log it: JSON lists parsed, 0/1 as booleans, documents as metadata. */
function asLogged(table: string, row: Row): Record<string, unknown> {
  if (table === 'document') {
    const { content: _content, counterparty_id, agreement_id, supervision_id, ...meta } = row
    const [ownerType, ownerId] = Object.entries({
      counterparty: counterparty_id,
      agreement: agreement_id,
      supervision: supervision_id,
    }).find(([, id]) => id !== null) ?? ['counterparty', null]
    return { ...meta, owner_type: ownerType, owner_id: ownerId }
  }
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => {
      if (JSON_COLUMNS.has(column)) return [column, JSON.parse(String(value)) as unknown]
      if (BOOLEAN_COLUMNS.has(column)) return [column, value === null ? null : value === 1]
      return [column, value]
    }),
  )
}

/** The change log the app would have written for the rows above: one `create` per record. */
function changeLogRows(tables: [string, Row[]][]): Row[] {
  const rows: Row[] = []
  for (const [table, records] of tables) {
    if (table === 'setting') continue
    for (const record of records) {
      rows.push({
        at: AT,
        os_user: OS_USER,
        action: 'create',
        entity: table,
        entity_id: record.id as number,
        before: null,
        after: JSON.stringify(asLogged(table, record)),
      })
    }
  }
  rows.push({
    at: '2025-03-11T08:00:00.000Z',
    os_user: OS_USER,
    action: 'update',
    entity: 'settings',
    entity_id: null,
    before: JSON.stringify({ language: 'en' }),
    after: JSON.stringify({ language: 'da' }),
  })
  return rows
}

function insert(sqlite: BetterSqlite3.Database, table: string, row: Row): void {
  const columns = Object.keys(row)
  sqlite
    .prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    )
    .run(row)
}

export function makeFixture(version: number, file: string): void {
  if (!migrations.some((m) => m.version === version)) {
    throw new Error(`No migration has version ${version}: ${migrations.map((m) => m.version)}`)
  }
  fs.rmSync(file, { force: true })
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const sqlite = new BetterSqlite3(file)
  try {
    sqlite.pragma('foreign_keys = ON')
    sqlite.transaction(() => {
      for (const migration of migrations.filter((m) => m.version <= version)) {
        sqlite.exec(migration.sql)
        sqlite.pragma(`user_version = ${migration.version}`)
      }
      const tables = fixtureRows()
      for (const [table, rows] of tables) for (const row of rows) insert(sqlite, table, row)
      for (const row of changeLogRows(tables)) insert(sqlite, 'change_log', row)
    })()
    sqlite.exec('VACUUM')
  } finally {
    sqlite.close()
  }
}

if (process.argv[1] === import.meta.filename) {
  const version = Number(process.argv[2])
  if (!Number.isInteger(version)) throw new Error('usage: make-fixture.ts <schema version>')
  const file = path.resolve(import.meta.dirname, '..', 'test', 'fixtures', `schema-v${version}.db`)
  makeFixture(version, file)
  console.log(`wrote ${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`)
}
