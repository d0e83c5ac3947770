import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')
const require = createRequire(import.meta.url)
// js-yaml comes with electron-builder and has no bundled types: only `load` is used.
const { load } = require('js-yaml') as { load: (text: string) => unknown }

interface BuilderConfig {
  appId?: string
  productName?: string
  files?: string[]
  asar?: boolean
  asarUnpack?: string[]
  linux?: { target?: string[]; category?: string; maintainer?: string }
  win?: { target?: string[] }
  mac?: { target?: string[]; category?: string }
  electronFuses?: Record<string, boolean>
}

const config = load(
  fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'),
) as BuilderConfig

function builderSchemaValidator() {
  const schemaFile = path.join(root, 'node_modules', 'app-builder-lib', 'scheme.json')
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object
  // The schema is draft-07 with keywords Ajv's strict mode rejects (e.g. unknown formats).
  return new Ajv({ strict: false, allErrors: true }).compile(schema)
}

describe('electron-builder.yml', () => {
  const validate = builderSchemaValidator()

  it("is valid against electron-builder's own schema", () => {
    const valid = validate(config)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('would be caught by the schema with a misspelt or mistyped option', () => {
    expect(validate({ ...config, electronFusez: config.electronFuses })).toBe(false)
    expect(validate({ ...config, electronFuses: { runAsNode: 'no' } })).toBe(false)
    expect(validate({ ...config, linux: { ...config.linux, categroy: 'Office' } })).toBe(false)
  })

  it('names the app', () => {
    expect(config.appId).toBe('dk.dpadesk.app')
    expect(config.productName).toBe('DPA Desk')
  })

  it('packages the built app only', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']))
  })

  it('unpacks the native SQLite module from the asar archive', () => {
    expect(config.asar).not.toBe(false)
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**')
  })

  it('builds AppImage and deb, nsis and dmg', () => {
    expect(config.linux?.target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(config.linux?.category).toBe('Office')
    expect(config.linux?.maintainer).toMatch(/\S+ <[^>]+@[^>]+>/)
    expect(config.win?.target).toContain('nsis')
    expect(config.mac?.target).toContain('dmg')
    expect(config.mac?.category).toBe('public.app-category.business')
  })

  it('sets the hardening fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('packs package.json with the built main entry', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      main: string
    }
    expect(pkg.main).toBe('out/main/index.js')
  })
})
