import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { attachDocument, clearOpenedDocuments, openDocument } from '../../main/services/documents'
import { createRecord } from '../../main/services/records'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

const SIGNED = Buffer.from('%PDF-1.7 signed agreement')

async function attach(file_name: string) {
  const cp = await createRecord(reg.ctx, 'counterparty', { name: 'Nordhost A/S' })
  const agreement = await createRecord(reg.ctx, 'agreement', {
    counterparty_id: cp.id,
    type: 'dpa',
  })
  return attachDocument(reg.ctx, {
    owner_type: 'agreement',
    owner_id: agreement.id,
    file_name,
    mime_type: 'application/pdf',
    content_base64: SIGNED.toString('base64'),
  })
}

/** Opens the document with a stand-in for the system viewer: the files it was asked to open. */
async function openedFiles(id: number): Promise<string[]> {
  const opened: string[] = []
  const answer = await openDocument(reg.ctx, id, async (file) => {
    opened.push(file)
  })
  expect(answer).toEqual({ opened: true })
  return opened
}

describe('opening a document in the system viewer', () => {
  it('writes exactly its bytes to the app’s temp folder, readable by this user only, and opens that', async () => {
    const doc = await attach('dpa-signed.pdf')
    const opened = await openedFiles(doc.id)
    expect(opened).toHaveLength(1)
    const file = opened[0] ?? ''
    expect(path.dirname(file)).toBe(path.join(os.tmpdir(), 'dpa-desk-documents'))
    expect(path.basename(file)).toBe(`${doc.id}-dpa-signed.pdf`)
    expect(fs.readFileSync(file)).toEqual(SIGNED)
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o077).toBe(0)
    fs.rmSync(file)
  })

  it('keeps a stored name inside that folder, whatever path it claims', async () => {
    const doc = await attach('../../etc/.passwd')
    const [written = ''] = await openedFiles(doc.id)
    expect(path.dirname(written)).toBe(path.join(os.tmpdir(), 'dpa-desk-documents'))
    expect(path.basename(written)).toBe(`${doc.id}-passwd`)
    fs.rmSync(written)
  })

  it('leaves no copy behind once the app clears them as it quits', async () => {
    const doc = await attach('dpa-signed.pdf')
    const [written = ''] = await openedFiles(doc.id)
    expect(fs.existsSync(written)).toBe(true)
    clearOpenedDocuments()
    expect(fs.existsSync(path.dirname(written))).toBe(false)
  })

  it('writes nothing where the host cannot open files (browser mode)', async () => {
    const doc = await attach('dpa-signed.pdf')
    expect(await openDocument(reg.ctx, doc.id, undefined)).toEqual({ opened: false })
  })
})
