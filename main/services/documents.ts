import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  deleteDocument,
  getDocument,
  getDocumentMeta,
  getRow,
  inTransaction,
  insertDocument,
  listDocuments,
  type DocumentMetaRow,
  type DocumentOwnerColumn,
} from '../../db'
import type { DocumentMeta, Output, ParsedInput } from '../../preload/contract'
import type { ServiceContext } from './context'
import { notFound, ServiceError } from './errors'
import { logChange } from './records'

const MAX_BYTES = 25 * 1024 * 1024
const OWNER_COLUMNS = {
  counterparty: 'counterparty_id',
  agreement: 'agreement_id',
  supervision: 'supervision_id',
} as const satisfies Record<DocumentMeta['owner_type'], DocumentOwnerColumn>

function toMeta(row: DocumentMetaRow): DocumentMeta {
  const owner = (Object.keys(OWNER_COLUMNS) as DocumentMeta['owner_type'][]).find(
    (type) => row[OWNER_COLUMNS[type]] !== null,
  )
  if (!owner) throw new Error(`document ${row.id} has no owner`)
  return {
    id: row.id,
    owner_type: owner,
    owner_id: row[OWNER_COLUMNS[owner]] as number,
    file_name: row.file_name,
    mime_type: row.mime_type,
    size: row.size,
    sha256: row.sha256,
    created_at: row.created_at,
  }
}

export async function attachDocument(
  ctx: ServiceContext,
  input: ParsedInput<'documents:create'>,
): Promise<DocumentMeta> {
  const content = Buffer.from(input.content_base64, 'base64')
  if (content.length > MAX_BYTES) {
    throw new ServiceError(
      'validation',
      'content_base64: file is larger than 25 MB',
      'content_base64',
    )
  }
  return inTransaction(ctx.db, async (tx) => {
    if (!(await getRow(tx, input.owner_type, input.owner_id))) {
      throw new ServiceError(
        'validation',
        `owner_id: ${input.owner_type} ${input.owner_id} does not exist`,
        'owner_id',
      )
    }
    const column = OWNER_COLUMNS[input.owner_type]
    const row = await insertDocument(tx, {
      counterparty_id: null,
      agreement_id: null,
      supervision_id: null,
      [column]: input.owner_id,
      file_name: input.file_name,
      mime_type: input.mime_type,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      created_at: ctx.now().toISOString(),
    })
    const meta = toMeta(row)
    await logChange(tx, ctx, 'create', 'document', meta.id, null, meta)
    return meta
  })
}

export async function listOwnerDocuments(
  ctx: ServiceContext,
  input: ParsedInput<'documents:list'>,
): Promise<DocumentMeta[]> {
  const rows = await listDocuments(ctx.db.kysely, OWNER_COLUMNS[input.owner_type], input.owner_id)
  return rows.map(toMeta)
}

export async function documentContent(
  ctx: ServiceContext,
  id: number,
): Promise<Output<'documents:content'>> {
  const row = await getDocument(ctx.db.kysely, id)
  if (!row) throw notFound('Document', id)
  const { content, ...meta } = row
  return { ...toMeta(meta), content_base64: Buffer.from(content).toString('base64') }
}

/** Opens a file in the system's own viewer (Electron's shell.openPath); the host supplies it. */
export type OpenFile = (file: string) => Promise<void>

/**
 * Writes the document to a folder of the app's own in the temp folder, readable by this user only,
 * and opens it there with the system's viewer. Without a way to open files (browser mode) nothing
 * is written and the answer says so.
 */
/** Where documents opened in the system's viewer are written: the app's own temp folder. */
const OPENED_DOCUMENTS_DIR = () => path.join(os.tmpdir(), 'dpa-desk-documents')

/** Removes the copies written for the system's viewer (the app calls it as it quits). */
export function clearOpenedDocuments(): void {
  fs.rmSync(OPENED_DOCUMENTS_DIR(), { recursive: true, force: true })
}

export async function openDocument(
  ctx: ServiceContext,
  id: number,
  openFile: OpenFile | undefined,
): Promise<Output<'documents:open'>> {
  const row = await getDocument(ctx.db.kysely, id)
  if (!row) throw notFound('Document', id)
  if (!openFile) return { opened: false }
  const dir = OPENED_DOCUMENTS_DIR()
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  // Only the name's last part, and never a dot file: the stored name came from the user's disk.
  const name = path.basename(row.file_name.replaceAll('\\', '/')).replace(/^\.+/, '') || 'document'
  const file = path.join(dir, `${id}-${name}`)
  fs.writeFileSync(file, row.content, { mode: 0o600 })
  await openFile(file)
  return { opened: true }
}

export async function removeDocument(ctx: ServiceContext, id: number): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const meta = await getDocumentMeta(tx, id)
    if (!meta) throw notFound('Document', id)
    await deleteDocument(tx, id)
    await logChange(tx, ctx, 'delete', 'document', id, toMeta(meta), null)
  })
}
