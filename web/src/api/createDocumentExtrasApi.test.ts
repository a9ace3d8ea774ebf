import { describe, expect, it } from 'vitest'
import { createDocumentExtrasApi } from './createDocumentExtrasApi'

interface Seen {
  url: string
  init: RequestInit | undefined
}

function fakeFetch(answers: Record<string, [number, unknown]>, seen: Seen[] = []): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    seen.push({ url, init })
    const key = `${init?.method ?? 'GET'} ${url.split('?')[0] ?? url}`
    const [status, body] = answers[key] ?? [404, { error: { code: 'NOT_FOUND', message: key } }]
    const payload = body instanceof Blob ? body : JSON.stringify(body)
    return Promise.resolve(new Response(payload, { status }))
  }
}

describe('document extras API', () => {
  it('reads a template update with numeric versions and core-style changes', async () => {
    const api = createDocumentExtrasApi({
      getToken: () => 'tok',
      fetch: fakeFetch({
        'GET /api/docs/d1/template-update': [
          200,
          {
            current: 1,
            latest: 2,
            diff: {
              changes: [
                { kind: 'added', subject: 'item', id: 'x.9', to: '新增条目' },
                { kind: 'textChanged', subject: 'item', id: 'x.1', field: 'points', from: '2', to: '3' },
                { kind: 'bogus', id: 'ignored' },
              ],
            },
          },
        ],
      }),
    })
    expect(await api.templateUpdate('d1')).toEqual({
      ok: true,
      value: {
        current: '1',
        latest: '2',
        diff: {
          changes: [
            { kind: 'added', subject: 'item', id: 'x.9', title: '新增条目', to: '新增条目' },
            {
              kind: 'textChanged',
              subject: 'item',
              id: 'x.1',
              title: 'x.1',
              field: 'points',
              from: '2',
              to: '3',
            },
          ],
        },
      },
    })
  })

  it('sends the target version as a number and reads what the upgrade did', async () => {
    const seen: Seen[] = []
    const api = createDocumentExtrasApi({
      getToken: () => 'tok',
      fetch: fakeFetch(
        { 'POST /api/docs/d1/upgrade': [200, { templateVersion: 2, archived: 1, applied: true }] },
        seen,
      ),
    })
    expect(await api.upgrade('d1', '2')).toEqual({
      ok: true,
      value: { templateVersion: '2', archived: 1, applied: true },
    })
    expect(JSON.parse(seen[0]?.init?.body as string)).toEqual({ toVersion: 2 })
    expect((seen[0]?.init?.headers as Record<string, string>).authorization).toBe('Bearer tok')
  })

  it('treats BALLOT_NOT_FOUND as "not voted yet" and keeps only known grade labels', async () => {
    const none = createDocumentExtrasApi({
      getToken: () => null,
      fetch: fakeFetch({
        'GET /api/docs/d1/ballot': [404, { error: { code: 'BALLOT_NOT_FOUND', message: 'none' } }],
      }),
    })
    expect(await none.ownBallot('d1')).toEqual({ ok: true, value: null })
    const cast = createDocumentExtrasApi({
      getToken: () => null,
      fetch: fakeFetch({
        'GET /api/docs/d1/ballot': [
          200,
          { grades: { m1: '优秀', m2: '很好' }, notes: { m1: '无' }, castAt: '2026-11-23T00:00:00Z' },
        ],
      }),
    })
    expect(await cast.ownBallot('d1')).toEqual({
      ok: true,
      value: { grades: { m1: '优秀' }, notes: { m1: '无' }, castAt: '2026-11-23T00:00:00Z' },
    })
  })

  it('uploads raw bytes with the item, name and column in the query, and reports status 0 offline', async () => {
    const seen: Seen[] = []
    const attachment = {
      id: 'a1',
      docId: 'd1',
      itemId: 'i1',
      column: 'self',
      name: '照片.jpg',
      mimeType: 'image/jpeg',
      size: 3,
      sha256: 'abc',
      uploadedBy: 'u1',
      uploadedAt: '2026-11-23T00:00:00Z',
    }
    const api = createDocumentExtrasApi({
      getToken: () => Promise.resolve('tok'),
      fetch: fakeFetch({ 'POST /api/docs/d1/attachments': [201, { attachment }] }, seen),
    })
    const bytes = new Blob([new Uint8Array([1, 2, 3])])
    const result = await api.uploadAttachment(
      { docId: 'd1', itemId: 'i1', column: 'self', name: '照片.jpg', mimeType: 'image/jpeg' },
      bytes,
    )
    expect(result).toEqual({ ok: true, value: attachment })
    const url = new URL(seen[0]?.url ?? '', 'http://x')
    expect(Object.fromEntries(url.searchParams)).toEqual({ itemId: 'i1', name: '照片.jpg', column: 'self' })
    expect((seen[0]?.init?.headers as Record<string, string>)['content-type']).toBe('image/jpeg')
    const offline = createDocumentExtrasApi({
      getToken: () => null,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    expect(await offline.listAttachments('d1')).toMatchObject({
      ok: false,
      error: { status: 0, code: 'NETWORK' },
    })
  })

  it('passes a member’s 403 on the tally through unchanged', async () => {
    const api = createDocumentExtrasApi({
      getToken: () => null,
      fetch: fakeFetch({
        'GET /api/docs/d1/tally': [403, { error: { code: 'FORBIDDEN', message: '无权查看' } }],
      }),
    })
    expect(await api.tally('d1')).toEqual({
      ok: false,
      error: { status: 403, code: 'FORBIDDEN', message: '无权查看' },
    })
  })
})
