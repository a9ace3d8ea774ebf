import { Agent, request } from 'node:http'

// Keep-alive keeps thousands of fuzz requests from exhausting ephemeral ports.
const agent = new Agent({ keepAlive: true, maxSockets: 8 })

/** An HTTP answer as raw text, so a response can be scanned byte for byte. */
export interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
}

/**
 * Sends a request with the path exactly as given (fetch and URL would normalise `..` and re-encode it), which is
 * what path-trick ids need.
 */
export function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string | undefined; body?: string | undefined; contentType?: string } = {},
): Promise<RawAnswer> {
  const url = new URL(baseUrl)
  const headers: Record<string, string> = {}
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`
  if (options.body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json'
    headers['content-length'] = String(Buffer.byteLength(options.body))
  }
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: url.hostname, port: url.port, method, path, headers, agent },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        response.on('error', reject)
      },
    )
    outgoing.on('error', reject)
    outgoing.end(options.body)
  })
}
