import type { ApiClient } from './ApiClient'
import type { ApiResult } from './ApiResult'
import { parseDocument } from './parseDocument'
import { parseMember } from './parseMember'
import { parseSession } from './parseSession'
import { parseTemplate } from './parseTemplate'
import { parseUnitTree } from './parseUnitTree'
import { parseUser } from './parseUser'
import { readField } from './readField'
import { readList } from './readList'

/** Options of `createApiClient`: where the API is, how to get the current token, and which fetch to use. */
export interface ApiClientOptions {
  baseUrl?: string
  getToken: () => string | null
  fetch?: typeof fetch
}

function present<T>(value: T | null): value is T {
  return value !== null
}

/** An ApiClient over fetch. Never throws: network failures come back as status 0, `NETWORK`. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? ''
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))

  async function request<T>(
    method: string,
    path: string,
    body: unknown,
    parse: (value: unknown) => T | null,
  ): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' }
    const token = options.getToken()
    if (token !== null) headers.authorization = `Bearer ${token}`
    if (body !== undefined) headers['content-type'] = 'application/json'
    let response: Response
    try {
      const init: RequestInit = { method, headers }
      if (body !== undefined) init.body = JSON.stringify(body)
      response = await doFetch(`${baseUrl}${path}`, init)
    } catch (error) {
      return {
        ok: false,
        error: {
          status: 0,
          code: 'NETWORK',
          message: error instanceof Error ? error.message : String(error),
        },
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
    if (value === null) {
      return {
        ok: false,
        error: { status: response.status, code: 'BAD_RESPONSE', message: `Unexpected answer from ${path}` },
      }
    }
    return { ok: true, value }
  }

  return {
    login: (username, password) => request('POST', '/api/auth/login', { username, password }, parseSession),
    logout: () => request('POST', '/api/auth/logout', {}, () => true as const),
    me: () => request('GET', '/api/auth/me', undefined, parseUser),
    setupNeeded: () =>
      request('GET', '/api/setup', undefined, (json) => {
        const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {}
        const needed = record.needed ?? record.setupNeeded ?? record.required
        return typeof needed === 'boolean' ? needed : null
      }),
    setup: (body) =>
      request('POST', '/api/setup', body, (json) => ({ session: parseSession(json) })).then((result) =>
        result.ok ? { ok: true, value: result.value.session } : result,
      ),
    listUnits: () => request('GET', '/api/units', undefined, parseUnitTree),
    listTemplates: () =>
      request('GET', '/api/templates', undefined, (json) =>
        readList(json, 'templates').map(parseTemplate).filter(present),
      ),
    listDocuments: (unitId) =>
      request('GET', `/api/docs?unitId=${encodeURIComponent(unitId)}`, undefined, (json) =>
        readList(json, 'docs', 'documents').map(parseDocument).filter(present),
      ),
    createDocument: (body) =>
      request('POST', '/api/docs', body, (json) => {
        const id = readField(json, 'id')
        return id === undefined ? null : { id }
      }),
    listMembers: (unitId) =>
      request('GET', `/api/units/${encodeURIComponent(unitId)}/members`, undefined, (json) =>
        readList(json, 'members').map(parseMember).filter(present),
      ),
    requestTransition: (docId, body) =>
      request('POST', `/api/docs/${encodeURIComponent(docId)}/transitions`, body, () => true as const),
  }
}
