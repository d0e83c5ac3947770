/**
 * The app:// protocol that serves the built renderer instead of file:// (DESIGN §4). It speaks the
 * Fetch API's Request and Response, which is what Electron's `protocol.handle` passes and expects,
 * so it runs and is tested on plain Node too.
 */
import fs from 'node:fs/promises'
import { appResponseHeaders, resolveAppPath } from './policy'

function notFound(status = 404, text = 'Not found'): Response {
  return new Response(text, { status, headers: appResponseHeaders(null) })
}

export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405, 'Not allowed')
  const file = resolveAppPath(root, request.url)
  if (file === null) return notFound()
  let body: Buffer
  try {
    const stat = await fs.stat(file)
    if (!stat.isFile()) return notFound()
    body = await fs.readFile(file)
  } catch {
    return notFound()
  }
  const headers = appResponseHeaders(file)
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers })
  return new Response(new Uint8Array(body), { status: 200, headers })
}
