import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatabaseOpenError, DatabaseTooNewError, LATEST_VERSION, openDatabase } from '../../db'
import { describeStartupError } from '../../main/shell/startup'
import { tempDir } from '../helpers/temp-register'

/** Prepares a register file, then returns what opening it throws. */
async function openError(prepare: (file: string) => unknown): Promise<unknown> {
  const dir = tempDir()
  const file = path.join(dir, 'register.db')
  await prepare(file)
  try {
    const db = await openDatabase(file)
    await db.close()
    return null
  } catch (error) {
    return error
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('describeStartupError', () => {
  it('tells the user to update when the register is from a newer version', async () => {
    const error = await openError(async (file) => {
      const db = await openDatabase(file)
      db.sqlite.pragma(`user_version = ${LATEST_VERSION + 1}`)
      await db.close()
    })
    expect(error).toBeInstanceOf(DatabaseTooNewError)
    const message = describeStartupError(error)
    expect(message.title).toBe('DPA Desk needs an update')
    expect(message.message).toContain('newer version of DPA Desk')
    expect(message.message).toContain('register.db')
  })

  it('says a file that is not a sound database is damaged and how to recover', async () => {
    const error = await openError((file) =>
      fs.writeFileSync(file, 'this is not a database'.repeat(50)),
    )
    expect(error).toBeInstanceOf(DatabaseOpenError)
    const message = describeStartupError(error)
    expect(message.title).toBe('The register is damaged')
    expect(message.message).toMatch(/register\.db is damaged .*restore the newest good backup/)
  })

  it('names the file and the reason when it cannot be opened', async () => {
    const error = await openError((file) => fs.mkdirSync(file))
    const message = describeStartupError(error)
    expect(message.title).toBe('The register cannot be opened')
    expect(message.message).toMatch(/Cannot open the register .*register\.db/)
  })

  it('gives any other failure as a message, not a stack', () => {
    const message = describeStartupError(new Error('disk on fire'))
    expect(message.message).toBe('DPA Desk could not start: disk on fire')
    expect(describeStartupError('plain').message).toBe('DPA Desk could not start: plain')
  })
})
