export * from './open'
export * from './queries'
export type { RecordTable, Schema } from './schema'
export { LATEST_VERSION } from './migrations'
