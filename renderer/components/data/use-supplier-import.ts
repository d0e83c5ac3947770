/**
 * The supplier import's steps: choose a file, preview it (again after each mapping change), commit.
 * Every preview sends the whole file: the backend keeps nothing between calls, and the commit
 * re-reads the file and checks it against the preview's hash.
 */
import { useRef, useState } from 'react'
import { ApiCallError, asApiCallError, call } from '../../lib/api'
import { fileToBase64 } from '../../lib/download'
import {
  assign,
  hasName,
  mappingOf,
  MAX_IMPORT_BYTES,
  type ImportColumn,
  type ImportField,
  type ImportPreview,
  type ImportResult,
  type Mapping,
} from './import-mapping'

interface Upload {
  file_name: string
  content_base64: string
}

export interface SupplierImport {
  fileName: string | null
  columns: ImportColumn[]
  sheets: string[]
  sheet: string | null
  /** The preview of the current file and mapping; null while the mapping lacks a name. */
  preview: ImportPreview | null
  needsName: boolean
  error: ApiCallError | null
  result: ImportResult | null
  busy: boolean
  choose: (file: File) => void
  setField: (column: string, field: ImportField | null) => void
  setSheet: (sheet: string) => void
  commit: () => void
  reset: () => void
}

export function useSupplierImport(): SupplierImport {
  const [upload, setUpload] = useState<Upload | null>(null)
  const [sheet, setSheetState] = useState<string | null>(null)
  const [mapping, setMapping] = useState<Mapping | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [columns, setColumns] = useState<ImportColumn[]>([])
  const [sheets, setSheets] = useState<string[]>([])
  const [error, setError] = useState<ApiCallError | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)
  const [busy, setBusy] = useState(false)
  // Only the answer to the latest request counts; an earlier one may arrive after it.
  const request = useRef(0)

  const run = (task: () => Promise<void>) => {
    const id = ++request.current
    setBusy(true)
    task()
      .catch((failure: unknown) => {
        if (id === request.current) setError(asApiCallError(failure))
      })
      .finally(() => {
        if (id === request.current) setBusy(false)
      })
    return id
  }

  /** `shown` stays on screen meanwhile: the reason this preview was asked for. */
  const previewWith = (
    file: Upload,
    nextSheet: string | null,
    nextMapping: Mapping | null,
    shown: ApiCallError | null = null,
  ) => {
    setError(shown)
    const id = run(async () => {
      const input = { ...file, sheet: nextSheet, mapping: nextMapping }
      try {
        show(await call('imports:preview', input), id)
      } catch (failure) {
        const refused = asApiCallError(failure)
        // No column is headed as a name: read the columns anyway so the user can map one.
        if (refused.field !== 'mapping' || nextMapping !== null) throw refused
        const probe = await call('imports:preview', { ...input, mapping: { A: 'name' } })
        if (id !== request.current) return
        show(probe, id)
        setPreview(null)
        setColumns(probe.columns.map((column) => ({ ...column, field: null })))
        setMapping(mappingOf([]))
        setError(refused)
      }
    })
  }

  const show = (next: ImportPreview, id: number) => {
    if (id !== request.current) return
    setPreview(next)
    setColumns(next.columns)
    setSheets(next.sheets)
    setSheetState(next.sheet)
  }

  const clear = () => {
    request.current++
    setUpload(null)
    setMapping(null)
    setSheetState(null)
    setPreview(null)
    setColumns([])
    setSheets([])
    setError(null)
    setBusy(false)
  }

  const choose = (file: File) => {
    clear()
    setResult(null)
    if (file.size > MAX_IMPORT_BYTES) {
      // Worded as the backend words it, so the same translation applies; the file is never read.
      const mb = (file.size / 1024 / 1024).toFixed(1)
      setError(
        new ApiCallError({
          code: 'validation',
          message: `The file is ${mb} MB; imports take at most 50 MB.`,
        }),
      )
      return
    }
    run(async () => {
      const next = { file_name: file.name, content_base64: await fileToBase64(file) }
      setUpload(next)
      previewWith(next, null, null)
    })
  }

  const setField = (column: string, field: ImportField | null) => {
    if (!upload) return
    const next = assign(mapping ?? mappingOf(columns), column, field)
    setMapping(next)
    setColumns((shown) => shown.map((c) => ({ ...c, field: next[c.key] ?? null })))
    if (hasName(next)) {
      previewWith(upload, sheet, next)
    } else {
      request.current++
      setPreview(null)
      setError(null)
      setBusy(false)
    }
  }

  const setSheet = (next: string) => {
    if (!upload) return
    setMapping(null)
    previewWith(upload, next, null)
  }

  const commit = () => {
    if (!upload || !preview) return
    const input = { ...upload, sheet, mapping, preview_hash: preview.preview_hash }
    setError(null)
    const id = run(async () => {
      try {
        const done = await call('imports:commit', input)
        if (id !== request.current) return
        clear()
        setResult(done)
      } catch (failure) {
        const refused = asApiCallError(failure)
        if (refused.code !== 'conflict') throw refused
        // The register changed under the preview: show the new preview beside the message.
        previewWith(upload, sheet, mapping, refused)
      }
    })
  }

  return {
    fileName: upload?.file_name ?? null,
    columns,
    sheets,
    sheet,
    preview,
    needsName: columns.length > 0 && !hasName(mapping ?? mappingOf(columns)),
    error,
    result,
    busy,
    choose,
    setField,
    setSheet,
    commit,
    reset: () => {
      clear()
      setResult(null)
    },
  }
}
