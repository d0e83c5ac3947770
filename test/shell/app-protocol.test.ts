import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveAppRequest } from '../../main/shell/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../main/shell/policy'
import { tempDir } from '../helpers/temp-register'

let dir: string
let root: string

beforeAll(() => {
  dir = tempDir('dpa-desk-app-protocol-')
  root = path.join(dir, 'renderer')
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>DPA Desk</title>')
  fs.writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)')
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'not for the renderer')
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => serveAppRequest(root, new Request(url, { method }))

describe('serveAppRequest', () => {
  it('serves index.html for the root with the CSP', async () => {
    const response = await get('app://dpa-desk/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>DPA Desk</title>')
  })

  it('serves assets with their type', async () => {
    const response = await get('app://dpa-desk/assets/index.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers HEAD without a body', async () => {
    const response = await get('app://dpa-desk/index.html', 'HEAD')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it.each([
    'app://dpa-desk/../secret.txt',
    'app://dpa-desk/..%2fsecret.txt',
    'app://dpa-desk/assets/..%2f..%2fsecret.txt',
    'app://dpa-desk/missing.js',
    'app://dpa-desk/assets',
    'app://other-host/index.html',
  ])('never serves %s, and still sends the CSP', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).not.toContain('not for the renderer')
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://dpa-desk/index.html', 'POST')
    expect(response.status).toBe(405)
  })
})
