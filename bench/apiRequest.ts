import { request } from 'node:http'

let sourceIndex = 0

/**
 * A JSON call to our API. Setup makes more calls than the per-IP API rate limit (1200/min) allows, as a real
 * deployment does from many users' addresses, so calls rotate over loopback source addresses 127.0.0.2–.9.
 */
export function apiRequest<T>(
  base: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  token: string | null,
  body?: unknown,
): Promise<T> {
  const url = new URL(path, base)
  const payload = body === undefined ? undefined : JSON.stringify(body)
  sourceIndex = (sourceIndex + 1) % 8
  return new Promise<T>((resolve, reject) => {
    const outgoing = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        localAddress: `127.0.0.${sourceIndex + 2}`,
        headers: {
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          const status = response.statusCode ?? 0
          if (status < 200 || status >= 300) {
            reject(new Error(`${method} ${path}: ${status} ${text}`))
            return
          }
          resolve((text === '' ? undefined : JSON.parse(text)) as T)
        })
        response.on('error', reject)
      },
    )
    outgoing.on('error', reject)
    outgoing.end(payload)
  })
}
