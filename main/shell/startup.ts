import { DatabaseDamagedError, DatabaseOpenError, DatabaseTooNewError } from '../../db'

export interface StartupErrorMessage {
  title: string
  message: string
}

/** What the error dialog says when the register cannot be opened: the reason, never a stack. */
export function describeStartupError(error: unknown): StartupErrorMessage {
  if (error instanceof DatabaseTooNewError) {
    return { title: 'DPA Desk needs an update', message: error.message }
  }
  if (error instanceof DatabaseDamagedError) {
    return { title: 'The register is damaged', message: error.message }
  }
  if (error instanceof DatabaseOpenError) {
    return { title: 'The register cannot be opened', message: error.message }
  }
  const reason = error instanceof Error ? error.message : String(error)
  return { title: 'DPA Desk could not start', message: `DPA Desk could not start: ${reason}` }
}
