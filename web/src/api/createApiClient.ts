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
import { sendApiRequest, type ApiRequestOptions } from './sendApiRequest'

/** Options of `createApiClient`: where the API is, how to get the current token, and which fetch to use. */
export type ApiClientOptions = ApiRequestOptions

function present<T>(value: T | null): value is T {
  return value !== null
}

/** An ApiClient over fetch. Never throws: network failures come back as status 0, `NETWORK`. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  function request<T>(
    method: string,
    path: string,
    body: unknown,
    parse: (value: unknown) => T | null,
  ): Promise<ApiResult<T>> {
    return sendApiRequest(options, method, path, body, parse)
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
