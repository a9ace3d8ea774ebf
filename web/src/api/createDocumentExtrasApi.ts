import type { ApiResult } from './ApiResult'
import type { BallotBody, BallotGradeLabel, DocumentExtrasApi, OwnBallot } from './DocumentExtrasApi'
import { parseAttachment } from './parseAttachment'
import { parseTemplateUpdate } from './parseTemplateUpdate'
import { readField } from './readField'
import { readList } from './readList'

/** Options of {@link createDocumentExtrasApi}; the token may come from the local store (async). */
export interface DocumentExtrasApiOptions {
  baseUrl?: string
  getToken: () => string | null | Promise<string | null>
  fetch?: typeof fetch
}

const gradeLabels = new Set<string>(['优秀', '合格', '基本合格', '不合格'])

function versionValue(version: string): string | number {
  return /^\d+$/.test(version) ? Number(version) : version
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {}
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
}

function parseOwnBallot(json: unknown): OwnBallot | null {
  const ballot = isRecord(json) && isRecord(json.ballot) ? json.ballot : json
  if (!isRecord(ballot)) return null
  const grades = Object.fromEntries(
    Object.entries(stringRecord(ballot.grades)).filter(([, grade]) => gradeLabels.has(grade)),
  ) as Record<string, BallotGradeLabel>
  const notes = stringRecord(ballot.notes ?? ballot.problems)
  const result: OwnBallot = { grades, castAt: readField(ballot, 'castAt') ?? '' }
  if (Object.keys(notes).length > 0) result.notes = notes
  return result
}

/** The document page's extra endpoints over fetch. Never throws: network failures come back as status 0. */
export function createDocumentExtrasApi(options: DocumentExtrasApiOptions): DocumentExtrasApi {
  const baseUrl = options.baseUrl ?? ''
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))

  async function send(
    method: string,
    path: string,
    body: { json: unknown } | { raw: Blob } | undefined,
  ): Promise<Response | ApiResult<never>> {
    const headers: Record<string, string> = {}
    const token = await options.getToken()
    if (token !== null) headers.authorization = `Bearer ${token}`
    const init: RequestInit = { method, headers }
    if (body !== undefined && 'json' in body) {
      headers['content-type'] = 'application/json'
      init.body = JSON.stringify(body.json)
    } else if (body !== undefined) {
      headers['content-type'] = body.raw.type === '' ? 'application/octet-stream' : body.raw.type
      init.body = body.raw
    }
    try {
      return await doFetch(`${baseUrl}${path}`, init)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, error: { status: 0, code: 'NETWORK', message } }
    }
  }

  async function failure(response: Response): Promise<ApiResult<never>> {
    const json: unknown = await response.json().catch(() => null)
    const error = isRecord(json) ? json.error : undefined
    return {
      ok: false,
      error: {
        status: response.status,
        code: readField(error, 'code') ?? `HTTP_${response.status}`,
        message: readField(error, 'message') ?? response.statusText,
      },
    }
  }

  async function request<T>(
    method: string,
    path: string,
    body: { json: unknown } | { raw: Blob } | undefined,
    parse: (value: unknown) => T | null,
  ): Promise<ApiResult<T>> {
    const response = await send(method, path, body)
    if (!(response instanceof Response)) return response
    if (!response.ok) return failure(response)
    const value = parse(await response.json().catch(() => null))
    if (value === null)
      return {
        ok: false,
        error: { status: response.status, code: 'BAD_RESPONSE', message: `Unexpected answer from ${path}` },
      }
    return { ok: true, value }
  }

  const doc = (docId: string): string => `/api/docs/${encodeURIComponent(docId)}`

  return {
    templateUpdate: (docId) =>
      request('GET', `${doc(docId)}/template-update`, undefined, parseTemplateUpdate),
    upgrade: (docId, toVersion) =>
      // Template versions are integers in core; the page carries them as text.
      request('POST', `${doc(docId)}/upgrade`, { json: { toVersion: versionValue(toVersion) } }, (json) => {
        if (!isRecord(json)) return null
        const version = json.templateVersion
        const archived = json.archived
        return {
          templateVersion:
            typeof version === 'number' || typeof version === 'string' ? String(version) : toVersion,
          archived: typeof archived === 'number' ? archived : Array.isArray(archived) ? archived.length : 0,
          applied: json.applied !== false,
        }
      }),
    castBallot: (docId, ballot: BallotBody) =>
      request('PUT', `${doc(docId)}/ballot`, { json: ballot }, (json) => ({
        castAt: readField(json, 'castAt') ?? '',
      })),
    ownBallot: async (docId) => {
      const result = await request('GET', `${doc(docId)}/ballot`, undefined, parseOwnBallot)
      if (!result.ok && result.error.status === 404 && result.error.code === 'BALLOT_NOT_FOUND')
        return { ok: true, value: null }
      return result
    },
    tally: (docId) =>
      request('GET', `${doc(docId)}/tally`, undefined, (json) =>
        isRecord(json) ? { tally: json.tally, quota: json.quota, voters: json.voters } : null,
      ),
    uploadAttachment: (upload, bytes) => {
      const query = new URLSearchParams({ itemId: upload.itemId, name: upload.name, column: upload.column })
      const typed = bytes.type === '' ? new Blob([bytes], { type: upload.mimeType }) : bytes
      return request('POST', `${doc(upload.docId)}/attachments?${query.toString()}`, { raw: typed }, (json) =>
        parseAttachment(isRecord(json) ? (json.attachment ?? json) : null),
      )
    },
    listAttachments: (docId) =>
      request('GET', `${doc(docId)}/attachments`, undefined, (json) =>
        readList(json, 'attachments')
          .map(parseAttachment)
          .filter((attachment) => attachment !== null),
      ),
    downloadAttachment: async (attachmentId) => {
      const response = await send('GET', `/api/attachments/${encodeURIComponent(attachmentId)}`, undefined)
      if (!(response instanceof Response)) return response
      if (!response.ok) return failure(response)
      return { ok: true, value: await response.blob() }
    },
    deleteAttachment: (attachmentId) =>
      request(
        'DELETE',
        `/api/attachments/${encodeURIComponent(attachmentId)}`,
        undefined,
        () => true as const,
      ),
  }
}
