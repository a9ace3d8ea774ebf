import type { ApiResult } from './ApiResult'
import { readField } from './readField'

/** Where the API is, how to get the current token, and which fetch to use. */
export interface ApiRequestOptions {
  baseUrl?: string
  getToken: () => string | null
  fetch?: typeof fetch
}

/**
 * One JSON call to the API. Never throws: a network failure is status 0 `NETWORK`, a non-2xx answer carries the
 * server's error code, and an answer `parse` rejects is `BAD_RESPONSE`.
 */
export async function sendApiRequest<T>(
  options: ApiRequestOptions,
  method: string,
  path: string,
  body: unknown,
  parse: (value: unknown) => T | null,
): Promise<ApiResult<T>> {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const headers: Record<string, string> = { accept: 'application/json' }
  const token = options.getToken()
  if (token !== null) headers.authorization = `Bearer ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  let response: Response
  try {
    const init: RequestInit = { method, headers }
    if (body !== undefined) init.body = JSON.stringify(body)
    response = await doFetch(`${options.baseUrl ?? ''}${path}`, init)
  } catch (error) {
    return {
      ok: false,
      error: { status: 0, code: 'NETWORK', message: error instanceof Error ? error.message : String(error) },
    }
  }
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error =
      typeof json === 'object' && json !== null ? (json as Record<string, unknown>).error : undefined
    return {
      ok: false,
      error: {
        status: response.status,
        code: readField(error, 'code') ?? `HTTP_${response.status}`,
        message: readField(error, 'message') ?? response.statusText,
      },
    }
  }
  const value = parse(json)
  if (value === null)
    return {
      ok: false,
      error: { status: response.status, code: 'BAD_RESPONSE', message: `Unexpected answer from ${path}` },
    }
  return { ok: true, value }
}
