import { countCounterparties, schemaVersion } from '../../db'
import type { Handlers } from '../transport/dispatch'
import { changeLogPage } from './changelog'
import { complianceSummary, complianceUpcoming, complianceWarnings } from './compliance'
import type { ServiceContext } from './context'
import { deleteCounterparty, listCounterpartyPage, listOwners } from './counterparties'
import { createDemoRegister } from './demo'
import {
  attachDocument,
  documentContent,
  listOwnerDocuments,
  openDocument,
  removeDocument,
  type OpenFile,
} from './documents'
import {
  createRecord,
  deleteRecord,
  getRecord,
  listRecords,
  updateRecord,
  type Entity,
} from './records'
import { locationsByCountry } from './map'
import { exportPerson, erasePerson } from './persons'
import { referenceCountries } from './reference'
import type { SessionOperations } from './session'
import { getSettings, updateSettings } from './settings'
import { exportCalendar } from './calendar'
import { reportHtml, reportPdf } from './report'
import { exportCsv, exportXlsx } from './spreadsheet-export'
import { commitImport, decodeUpload, previewImport } from './supplier-import'

export const APP_VERSION = '0.1.0'
const DELETED = { deleted: true } as const

/** The four record operations of a child entity, in the shape every such channel shares. */
function recordHandlers<E extends Entity>(ctx: ServiceContext, entity: E) {
  return {
    get: ({ id }: { id: number }) => getRecord(ctx, entity, id),
    create: (input: Parameters<typeof createRecord<E>>[2]) => createRecord(ctx, entity, input),
    update: ({ id, patch }: { id: number; patch: Parameters<typeof updateRecord<E>>[3] }) =>
      updateRecord(ctx, entity, id, patch),
    delete: async ({ id }: { id: number }) => {
      await deleteRecord(ctx, entity, id)
      return DELETED
    },
  }
}

const byCounterparty = (input: { counterparty_id: number | null }) => ({
  counterparty_id: input.counterparty_id,
})

/** What some channels need from the host. */
export interface HostServices {
  /** Opens a file in the system's own viewer: the desktop app has one, browser mode does not. */
  openFile?: OpenFile
}

/** Every channel on one open register; the session supplies the operations on the file itself. */
export function createHandlers(
  ctx: ServiceContext,
  session: SessionOperations,
  host: HostServices = {},
): Handlers {
  const counterparty = recordHandlers(ctx, 'counterparty')
  const contact = recordHandlers(ctx, 'contact')
  const agreement = recordHandlers(ctx, 'agreement')
  const location = recordHandlers(ctx, 'location')
  const link = recordHandlers(ctx, 'sub_processor_link')
  const supervision = recordHandlers(ctx, 'supervision')
  return {
    'app:info': async () => ({
      version: APP_VERSION,
      db_path: ctx.db.path,
      schema_version: schemaVersion(ctx.db.sqlite),
      counterparty_count: await countCounterparties(ctx.db.kysely),
    }),
    'counterparties:list': (input) => listCounterpartyPage(ctx, input),
    'counterparties:get': counterparty.get,
    'counterparties:create': counterparty.create,
    'counterparties:update': counterparty.update,
    'counterparties:delete': async ({ id, confirm }) => {
      await deleteCounterparty(ctx, id, confirm)
      return DELETED
    },
    'counterparties:owners': () => listOwners(ctx),

    'contacts:list': (input) =>
      listRecords(ctx, 'contact', { ...input, where: byCounterparty(input) }),
    'contacts:get': contact.get,
    'contacts:create': contact.create,
    'contacts:update': contact.update,
    'contacts:delete': contact.delete,

    'agreements:list': (input) =>
      listRecords(ctx, 'agreement', { ...input, where: byCounterparty(input) }),
    'agreements:get': agreement.get,
    'agreements:create': agreement.create,
    'agreements:update': agreement.update,
    'agreements:delete': agreement.delete,

    'locations:list': (input) =>
      listRecords(ctx, 'location', { ...input, where: byCounterparty(input) }),
    'locations:get': location.get,
    'locations:create': location.create,
    'locations:update': location.update,
    'locations:delete': location.delete,
    'locations:by-country': (input) => locationsByCountry(ctx, input),
    'reference:countries': async () => referenceCountries(),

    'links:list': (input) =>
      listRecords(ctx, 'sub_processor_link', {
        ...input,
        where: { processor_id: input.processor_id, sub_processor_id: input.sub_processor_id },
      }),
    'links:get': link.get,
    'links:create': link.create,
    'links:update': link.update,
    'links:delete': link.delete,

    'supervisions:list': (input) =>
      listRecords(ctx, 'supervision', { ...input, where: byCounterparty(input) }),
    'supervisions:get': supervision.get,
    'supervisions:create': supervision.create,
    'supervisions:update': supervision.update,
    'supervisions:delete': supervision.delete,

    'documents:list': (input) => listOwnerDocuments(ctx, input),
    'documents:create': (input) => attachDocument(ctx, input),
    'documents:content': ({ id }) => documentContent(ctx, id),
    'documents:open': ({ id }) => openDocument(ctx, id, host.openFile),
    'documents:delete': async ({ id }) => {
      await removeDocument(ctx, id)
      return DELETED
    },

    'changelog:list': (input) => changeLogPage(ctx, input),
    'settings:get': () => getSettings(ctx),
    'settings:update': (patch) => updateSettings(ctx, patch),
    'demo:create': () => createDemoRegister(ctx),

    'compliance:warnings': (input) => complianceWarnings(ctx, input),
    'compliance:summary': (input) => complianceSummary(ctx, input),
    'compliance:upcoming': (input) => complianceUpcoming(ctx, input),

    'contacts:export-person': ({ id }) => exportPerson(ctx, id),
    'contacts:erase': async ({ id }) => {
      await erasePerson(ctx, id)
      return DELETED
    },

    // ─── Reports and data in and out (issue 5) ─────────────────────────────────────────────
    'exports:xlsx': (input) => exportXlsx(ctx, input),
    'exports:csv': (input) => exportCsv(ctx, input),
    'imports:preview': ({ content_base64, ...input }) =>
      previewImport(ctx, { ...input, bytes: decodeUpload(content_base64) }),
    'imports:commit': ({ content_base64, ...input }) =>
      commitImport(ctx, { ...input, bytes: decodeUpload(content_base64) }),
    'calendar:ics': (input) => exportCalendar(ctx, input),
    'reports:html': async (input) => ({ html: await reportHtml(ctx, input) }),
    'reports:pdf': async (input) => {
      const { file_name, bytes } = await reportPdf(ctx, input)
      return { file_name, base64: Buffer.from(bytes).toString('base64') }
    },

    ...session,
  }
}
