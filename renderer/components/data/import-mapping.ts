/** The supplier import's column mapping as the user edits it: column letter → field or nothing. */
import type { Output } from '../../lib/vocabulary'

export type ImportPreview = Output<'imports:preview'>
export type ImportResult = Output<'imports:commit'>
export type ImportColumn = ImportPreview['columns'][number]
export type ImportField = NonNullable<ImportColumn['field']>
export type Mapping = Record<string, ImportField | null>

/** The mapping the preview used, as an explicit one the user can change. */
export const mappingOf = (columns: readonly ImportColumn[]): Mapping =>
  Object.fromEntries(columns.map((column) => [column.key, column.field]))

/** Gives `field` to one column; a column that had it before loses it (one column per field). */
export function assign(mapping: Mapping, key: string, field: ImportField | null): Mapping {
  const next: Mapping = {}
  for (const [other, current] of Object.entries(mapping)) {
    next[other] = field !== null && current === field ? null : current
  }
  next[key] = field
  return next
}

export const hasName = (mapping: Mapping): boolean => Object.values(mapping).includes('name')

/** Largest file the import takes (the contract's MAX_IMPORT_BYTES, which is not ours to import). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
