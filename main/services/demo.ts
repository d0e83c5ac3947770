/**
 * The demo register: a Danish IT consultancy (the company of the 2018 privacy policy in
 * shared/reference) with its hosting and e-mail suppliers, the analytics and tracking providers of
 * its cookie policy, an auditor, a law firm, a public authority, sub-processor chains reaching third
 * countries, and agreements that expire soon or have expired. Dates are relative to today so the
 * demo shows the same situation whenever it is loaded. Suppliers marked "(fiktiv)" are invented;
 * the texts are in Danish, as the company would write them.
 */
import { addDays } from 'date-fns/addDays'
import { addMonths } from 'date-fns/addMonths'
import { format } from 'date-fns/format'
import type { ParsedInput } from '../../preload/contract'
import { withinTransaction, type ServiceContext } from './context'
import { ServiceError } from './errors'
import { countCounterparties } from '../../db'
import { createRecord, type InputOf } from './records'
import { updateSettings } from './settings'

type CounterpartySeed = InputOf<'counterparty'> & {
  key: string
  contacts?: Omit<InputOf<'contact'>, 'counterparty_id'>[]
  agreements?: Omit<InputOf<'agreement'>, 'counterparty_id'>[]
  locations?: Omit<InputOf<'location'>, 'counterparty_id'>[]
  supervisions?: Omit<InputOf<'supervision'>, 'counterparty_id'>[]
}
type LinkSeed = Omit<InputOf<'sub_processor_link'>, 'processor_id' | 'sub_processor_id'> & {
  processor: string
  sub: string
}

function seeds(today: Date): { counterparties: CounterpartySeed[]; links: LinkSeed[] } {
  const day = (offset: number) => format(addDays(today, offset), 'yyyy-MM-dd')
  const month = (offset: number) => format(addMonths(today, offset), 'yyyy-MM-dd')
  const dpa = (overrides: Partial<InputOf<'agreement'>> = {}) =>
    ({
      type: 'dpa',
      template: 'dt_2019',
      status: 'signed',
      signed_on: month(-30),
      effective_from: month(-30),
      notice_period_days: 90,
      objection_window_days: 30,
      sub_processor_authorisation: 'general',
      ...overrides,
    }) as const
  return {
    counterparties: [
      {
        key: 'nordhost',
        name: 'Nordhost A/S',
        legal_name: 'Nordhost A/S (fiktiv)',
        registration_no: 'DK 39 99 01 12',
        country: 'DK',
        website: 'https://nordhost.example',
        kinds: ['supplier', 'processor'],
        role: 'processor',
        owner: 'IT-drift',
        data_categories: ['ordinary', 'cpr'],
        data_subjects_band: 'over_10000',
        risk_points: 7,
        notes: 'Hosting af kundesystemer og vores eget intranet.',
        contacts: [
          {
            name: 'Lars Nørgaard',
            title: 'Kundeansvarlig',
            email: 'ln@nordhost.example',
            phone: '+45 70 20 30 40',
            last_activity: month(-2),
          },
          {
            name: 'Pia Holm',
            title: 'Tidligere DPO',
            email: 'ph@nordhost.example',
            last_activity: month(-40),
          },
        ],
        agreements: [
          dpa({
            title: 'Databehandleraftale – hosting',
            expires_on: day(45),
            review_interval_months: 12,
          }),
          {
            type: 'master',
            title: 'Hostingaftale',
            status: 'signed',
            signed_on: month(-30),
            expires_on: day(45),
            notice_period_days: 90,
          },
        ],
        locations: [
          {
            country: 'DK',
            activity: 'storage',
            basis: 'eea',
            description: 'Primært datacenter, Aarhus',
          },
          {
            country: 'DE',
            activity: 'backup',
            basis: 'eea',
            description: 'Sikkerhedskopi på ekstern lokation',
          },
        ],
        supervisions: [
          {
            method: 'isae3000_type2',
            concept: 5,
            period_start: month(-26),
            period_end: month(-14),
            received_on: month(-11),
            opinion: 'qualified',
            deviations:
              'Periodisk gennemgang af brugerrettigheder er ikke dokumenteret for to kvartaler.',
            next_due: day(-20),
          },
        ],
      },
      {
        key: 'frankfurt',
        name: 'Frankfurt Colocation GmbH',
        legal_name: 'Frankfurt Colocation GmbH (fiktiv)',
        country: 'DE',
        kinds: ['sub_processor'],
        role: 'none',
        owner: 'IT-drift',
        locations: [{ country: 'DE', activity: 'storage', basis: 'eea' }],
      },
      {
        key: 'vault',
        name: 'Backup Vault Inc.',
        legal_name: 'Backup Vault Inc. (fiktiv)',
        country: 'US',
        kinds: ['sub_processor'],
        role: 'none',
        owner: 'IT-drift',
        locations: [
          {
            country: 'US',
            activity: 'backup',
            basis: 'dpf',
            dpf_category: 'non_hr',
            dpf_status: 'active',
            dpf_verified_on: day(-30),
            description: 'Krypterede sikkerhedskopier, Virginia',
          },
        ],
      },
      {
        key: 'offshore',
        name: 'Offshore Support Pvt. Ltd.',
        legal_name: 'Offshore Support Pvt. Ltd. (fiktiv)',
        country: 'IN',
        kinds: ['sub_processor'],
        role: 'none',
        owner: 'IT-drift',
        locations: [
          {
            country: 'IN',
            activity: 'support_access',
            basis: 'none',
            description: 'Fjernsupport døgnet rundt, Bengaluru',
          },
        ],
      },
      {
        key: 'microsoft',
        name: 'Microsoft 365',
        legal_name: 'Microsoft Ireland Operations Limited',
        country: 'IE',
        website: 'https://www.microsoft.com',
        kinds: ['supplier', 'processor'],
        role: 'processor',
        owner: 'IT-drift',
        data_categories: ['ordinary'],
        data_subjects_band: '1000_10000',
        risk_points: 4,
        notes: 'E-mail, kalendere og dokumenter.',
        agreements: [
          dpa({
            title: 'Microsoft Products and Services DPA',
            template: 'vendor',
            signed_on: month(-20),
            effective_from: month(-20),
          }),
        ],
        locations: [
          { country: 'IE', activity: 'storage', basis: 'eea', description: 'EU Data Boundary' },
          {
            country: 'US',
            activity: 'support_access',
            basis: 'dpf',
            dpf_category: 'both',
            dpf_status: 'active',
            dpf_verified_on: day(-200),
            description: 'Support døgnet rundt (follow-the-sun)',
          },
        ],
        supervisions: [
          {
            method: 'soc2_type2',
            concept: 5,
            period_start: month(-13),
            period_end: month(-1),
            received_on: day(-10),
            opinion: 'unqualified',
            next_due: month(11),
          },
        ],
      },
      {
        key: 'google',
        name: 'Google Analytics og Google Ads',
        legal_name: 'Google Ireland Limited',
        country: 'IE',
        website: 'https://marketingplatform.google.com',
        kinds: ['supplier', 'processor'],
        role: 'processor',
        owner: 'Marketing',
        data_categories: ['ordinary'],
        data_subjects_band: 'over_10000',
        risk_points: 3,
        notes: 'Cookies _ga, _gat, _gid og ads/ga-audiences på hjemmesiden.',
        agreements: [
          dpa({
            title: 'Google Ads Data Processing Terms',
            template: 'vendor',
            signed_on: month(-18),
            effective_from: month(-18),
          }),
        ],
        locations: [
          {
            country: 'US',
            activity: 'processing',
            basis: 'dpf',
            dpf_category: 'non_hr',
            dpf_status: 'active',
            dpf_verified_on: day(-14),
          },
        ],
      },
      {
        key: 'hotjar',
        name: 'Hotjar',
        legal_name: 'Hotjar Ltd',
        country: 'MT',
        website: 'https://www.hotjar.com',
        kinds: ['supplier', 'processor'],
        role: 'processor',
        owner: 'Marketing',
        data_categories: ['ordinary'],
        data_subjects_band: 'over_10000',
        risk_points: 3,
        notes:
          'Cookies _hjid, _hjIncludeInSample og _hjTLDTest: statistik over de besøgendes adfærd.',
        contacts: [
          {
            name: 'Hotjar Privacy Team',
            email: 'privacy@hotjar.example',
            last_activity: month(-6),
          },
        ],
        agreements: [
          dpa({
            title: 'Hotjar DPA',
            template: 'vendor',
            signed_on: month(-36),
            effective_from: month(-36),
            expires_on: day(-20),
          }),
        ],
        locations: [{ country: 'MT', activity: 'processing', basis: 'eea' }],
      },
      {
        key: 'aws',
        name: 'Amazon Web Services',
        legal_name: 'Amazon Web Services EMEA SARL',
        country: 'LU',
        kinds: ['sub_processor'],
        role: 'none',
        owner: 'Marketing',
        locations: [
          { country: 'IE', activity: 'storage', basis: 'eea', description: 'eu-west-1' },
          {
            country: 'US',
            activity: 'support_access',
            basis: 'scc_2021',
            scc_module: 3,
            tia_on: month(-15),
          },
        ],
      },
      {
        key: 'linkedin',
        name: 'LinkedIn Insight Tag',
        legal_name: 'LinkedIn Ireland Unlimited Company',
        country: 'IE',
        website: 'https://www.linkedin.com',
        kinds: ['supplier'],
        role: 'joint_controller',
        owner: 'Marketing',
        notes:
          'Cookies lang, bscookie, lidc og UserMatchHistory: fælles dataansvar for Insight Tag.',
        agreements: [
          {
            type: 'joint_controller',
            title: 'Joint Controller Addendum',
            status: 'signed',
            signed_on: month(-24),
          },
        ],
        locations: [
          {
            country: 'US',
            activity: 'processing',
            basis: 'scc_2021',
            scc_module: 1,
            description: 'LinkedIn Corporation, Sunnyvale',
          },
        ],
      },
      {
        key: 'meta',
        name: 'Meta Pixel (Facebook)',
        legal_name: 'Meta Platforms Ireland Limited',
        country: 'IE',
        website: 'https://www.facebook.com',
        kinds: ['supplier'],
        role: 'joint_controller',
        owner: 'Marketing',
        notes:
          'Cookies _fbp, fr og tr. Privatlivspolitikken fra 2018 henviser stadig til Privacy Shield.',
        agreements: [
          {
            type: 'joint_controller',
            title: 'Controller Addendum',
            status: 'signed',
            signed_on: month(-60),
          },
        ],
        locations: [
          {
            country: 'US',
            activity: 'processing',
            basis: 'privacy_shield',
            description: 'Meta Platforms, Inc.',
          },
        ],
      },
      {
        key: 'zendesk',
        name: 'Supportdesk SaaS',
        legal_name: 'Supportdesk Inc. (fiktiv)',
        country: 'US',
        kinds: ['supplier', 'processor'],
        role: 'processor',
        owner: 'Kundeservice',
        data_categories: ['ordinary'],
        data_subjects_band: '1000_10000',
        risk_points: 4,
        agreements: [
          dpa({
            title: 'Databehandleraftale inkl. SCC 2010',
            template: 'vendor',
            signed_on: '2019-03-01',
            effective_from: '2019-03-01',
          }),
          {
            type: 'scc_legacy',
            title: 'Standardkontraktbestemmelser (2010/87/EU)',
            status: 'signed',
            signed_on: '2019-03-01',
          },
        ],
        locations: [
          {
            country: 'US',
            activity: 'storage',
            basis: 'scc_legacy',
            description: 'Database med supportsager',
          },
        ],
      },
      {
        key: 'economic',
        name: 'Regnskabsportalen ApS',
        legal_name: 'Regnskabsportalen ApS (fiktiv)',
        registration_no: 'DK 40 11 22 33',
        country: 'DK',
        kinds: ['supplier', 'processor'],
        role: 'processor',
        owner: 'Økonomi',
        data_categories: ['ordinary', 'cpr'],
        data_subjects_band: 'under_1000',
        risk_points: 3,
        notes: 'Bogføring og løn. Databehandleraftalen er sendt, men endnu ikke underskrevet.',
        contacts: [
          {
            name: 'Mads Kjær',
            title: 'Kundeansvarlig',
            email: 'mk@regnskab.example',
            last_activity: day(-5),
          },
        ],
        agreements: [
          dpa({
            title: 'Databehandleraftale – løn og bogføring',
            status: 'sent',
            signed_on: null,
            effective_from: null,
          }),
        ],
        locations: [{ country: 'DK', activity: 'storage', basis: 'eea' }],
      },
      {
        key: 'callcentre',
        name: 'London Call Centre Ltd',
        legal_name: 'London Call Centre Ltd (fiktiv)',
        country: 'GB',
        kinds: ['supplier', 'processor'],
        role: 'processor',
        owner: 'Kundeservice',
        data_subjects_band: '1000_10000',
        risk_points: 2,
        agreements: [
          dpa({
            template: 'eu_2021_915',
            title: 'Databehandleraftale (Kommissionens standardkontraktbestemmelser 2021/915)',
            expires_on: month(20),
          }),
        ],
        locations: [{ country: 'GB', activity: 'processing', basis: 'adequacy' }],
      },
      {
        key: 'auditor',
        name: 'Revisionsfirmaet Bak & Partnere',
        legal_name: 'Revisionsfirmaet Bak & Partnere I/S (fiktiv)',
        country: 'DK',
        kinds: ['auditor'],
        role: 'independent_controller',
        owner: 'Økonomi',
        notes:
          'Lovpligtig revision: selvstændig dataansvarlig, så der kræves ingen databehandleraftale.',
        contacts: [
          {
            name: 'Karen Bak',
            title: 'Statsautoriseret revisor',
            email: 'kb@bak-revision.example',
            last_activity: month(-1),
          },
        ],
        agreements: [
          {
            type: 'master',
            title: 'Revisionsaftale',
            status: 'signed',
            signed_on: month(-48),
            auto_renewal_months: 12,
          },
        ],
      },
      {
        key: 'lawyer',
        name: 'Advokatfirmaet Lund',
        legal_name: 'Advokatfirmaet Lund P/S (fiktiv)',
        country: 'DK',
        kinds: ['advisor'],
        role: 'independent_controller',
        owner: 'Direktion',
        contacts: [
          {
            name: 'Henrik Lund',
            title: 'Advokat',
            email: 'hl@lund-advokat.example',
            last_activity: month(-30),
            legal_hold: true,
          },
        ],
        agreements: [
          { type: 'nda', title: 'Fortrolighedsaftale', status: 'signed', signed_on: month(-30) },
        ],
      },
      {
        key: 'skat',
        name: 'Skattestyrelsen',
        country: 'DK',
        website: 'https://skat.dk',
        kinds: ['authority'],
        role: 'independent_controller',
        owner: 'Økonomi',
        notes: 'Modtager lønoplysninger som følge af en retlig forpligtelse.',
      },
      {
        key: 'customer',
        name: 'Aarhus Boligforening',
        legal_name: 'Aarhus Boligforening (fiktiv)',
        country: 'DK',
        kinds: ['customer'],
        role: 'none',
        owner: 'Salg',
        notes: 'Kunde: vi er deres databehandler for lejerportalen.',
        agreements: [
          dpa({
            type: 'dpa_we_process',
            title: 'Databehandleraftale (vi er databehandler)',
            expires_on: month(8),
          }),
        ],
      },
      {
        key: 'prospect',
        name: 'Faroe Data Sp/f',
        legal_name: 'Faroe Data Sp/f (fiktiv)',
        country: 'FO',
        kinds: ['supplier'],
        role: 'processor',
        status: 'prospect',
        owner: 'IT-drift',
        locations: [{ country: 'FO', activity: 'storage', basis: 'adequacy' }],
      },
    ],
    links: [
      {
        processor: 'nordhost',
        sub: 'frankfurt',
        purpose: 'Serverhousing',
        listed_on: month(-30),
        approved_on: month(-30),
        approved_by: 'IT-chef',
      },
      {
        processor: 'nordhost',
        sub: 'vault',
        purpose: 'Sikkerhedskopiering',
        notified_on: day(-27),
        objection_deadline: day(3),
      },
      { processor: 'vault', sub: 'offshore', purpose: 'Fjernsupport', listed_on: month(-3) },
      {
        processor: 'hotjar',
        sub: 'aws',
        purpose: 'Hosting',
        listed_on: month(-36),
        approved_on: month(-36),
        approved_by: 'Marketingchef',
      },
    ],
  }
}

/** Loads the demo register into an empty register, in one transaction. */
export async function createDemoRegister(
  ctx: ServiceContext,
  _input: ParsedInput<'demo:create'> = {},
): Promise<{ counterparties: number }> {
  const { counterparties, links } = seeds(ctx.now())
  return withinTransaction(ctx, async (tx) => {
    if ((await countCounterparties(tx.db.kysely)) > 0) {
      throw new ServiceError(
        'conflict',
        'The demo register can only be loaded into an empty register.',
      )
    }
    const ids = new Map<string, number>()
    for (const {
      key,
      contacts,
      agreements,
      locations,
      supervisions,
      ...fields
    } of counterparties) {
      const { id } = await createRecord(tx, 'counterparty', fields)
      ids.set(key, id)
      for (const contact of contacts ?? [])
        await createRecord(tx, 'contact', { ...contact, counterparty_id: id })
      for (const agreement of agreements ?? [])
        await createRecord(tx, 'agreement', { ...agreement, counterparty_id: id })
      for (const location of locations ?? [])
        await createRecord(tx, 'location', { ...location, counterparty_id: id })
      for (const supervision of supervisions ?? [])
        await createRecord(tx, 'supervision', { ...supervision, counterparty_id: id })
    }
    for (const { processor, sub, ...link } of links) {
      await createRecord(tx, 'sub_processor_link', {
        ...link,
        processor_id: ids.get(processor) ?? 0,
        sub_processor_id: ids.get(sub) ?? 0,
      })
    }
    await updateSettings(tx, {
      organisation: { name: 'Ditmer A/S', registration_no: '26097274', country: 'DK' },
    })
    return { counterparties: counterparties.length }
  })
}
