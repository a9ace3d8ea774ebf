import { describe, expect, it } from 'vitest'
import { createApiClient } from './createApiClient'

function fakeFetch(
  status: number,
  body: unknown,
  seen: { url: string; init: RequestInit | undefined }[] = [],
): typeof fetch {
  return (input, init) => {
    seen.push({
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      init,
    })
    return Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    )
  }
}

describe('API client', () => {
  it('sends the bearer token and the client id when creating a document', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = []
    const api = createApiClient({
      getToken: () => 'tok-1',
      fetch: fakeFetch(201, { id: 'client-id-123' }, seen),
    })
    const body = { id: 'client-id-123', unitId: 'u1', templateId: 'minutes', title: '支委会' }
    expect(await api.createDocument(body)).toEqual({ ok: true, value: { id: 'client-id-123' } })
    expect(seen[0]?.url).toBe('/api/docs')
    expect((seen[0]?.init?.headers as Record<string, string>).authorization).toBe('Bearer tok-1')
    expect(JSON.parse(seen[0]?.init?.body as string)).toEqual(body)
  })

  it('returns the server’s error code and status, and status 0 when the server is unreachable', async () => {
    const refused = createApiClient({
      getToken: () => null,
      fetch: fakeFetch(403, { error: { code: 'FORBIDDEN', message: '无权操作' } }),
    })
    expect(await refused.listTemplates()).toEqual({
      ok: false,
      error: { status: 403, code: 'FORBIDDEN', message: '无权操作' },
    })
    const offline = createApiClient({
      getToken: () => null,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    expect(await offline.listTemplates()).toMatchObject({ ok: false, error: { status: 0, code: 'NETWORK' } })
  })

  it('flattens a nested unit tree and ignores roles it does not know', async () => {
    const tree = {
      units: [
        {
          id: 'org',
          name: '机关党委',
          kind: 'organisation',
          role: 'supervisor',
          children: [{ id: 'b1', name: '第一党支部', kind: 'branch', role: 'superuser' }],
        },
      ],
    }
    const api = createApiClient({ getToken: () => 't', fetch: fakeFetch(200, tree) })
    expect(await api.listUnits()).toEqual({
      ok: true,
      value: [
        { id: 'org', name: '机关党委', kind: 'organisation', parentId: null, role: 'supervisor' },
        { id: 'b1', name: '第一党支部', kind: 'branch', parentId: 'org', role: null },
      ],
    })
  })

  it('reads a login answer with a display name as the session user', async () => {
    const answer = { token: 'tok', user: { id: 'u7', username: 'ouyang', displayName: '欧阳娜娜' } }
    const api = createApiClient({ getToken: () => null, fetch: fakeFetch(200, answer) })
    expect(await api.login('ouyang', 'pw')).toEqual({
      ok: true,
      value: { token: 'tok', user: { id: 'u7', name: '欧阳娜娜', username: 'ouyang' } },
    })
  })

  it('lists a unit’s members by display name with their role, and skips entries without an id', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = []
    const api = createApiClient({
      getToken: () => 't',
      fetch: fakeFetch(
        200,
        {
          members: [
            { id: 'u1', username: 'zw', displayName: '张伟', role: 'editor' },
            { id: 'u2', username: 'lina', role: 'no-such-role' },
            {},
          ],
        },
        seen,
      ),
    })
    expect(await api.listMembers('branch 1')).toEqual({
      ok: true,
      value: [
        { id: 'u1', name: '张伟', role: 'editor' },
        { id: 'u2', name: 'lina' },
      ],
    })
    expect(seen[0]?.url).toBe('/api/units/branch%201/members')
  })

  it('posts a rectification transition and reports the server’s refusal code', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = []
    const accepted = createApiClient({ getToken: () => 't', fetch: fakeFetch(201, { rowId: 'r1' }, seen) })
    const body = { rowId: 'r1', to: 'verified', reason: '已核实' }
    expect(await accepted.requestTransition('doc-1', body)).toEqual({ ok: true, value: true })
    expect(seen[0]?.url).toBe('/api/docs/doc-1/transitions')
    expect(seen[0]?.init?.method).toBe('POST')
    expect(JSON.parse(seen[0]?.init?.body as string)).toEqual(body)
    const refused = createApiClient({
      getToken: () => 't',
      fetch: fakeFetch(409, { error: { code: 'TRANSITION_NOT_ALLOWED', message: '不允许' } }),
    })
    const result = await refused.requestTransition('doc-1', body)
    expect(result.ok ? null : result.error.code).toBe('TRANSITION_NOT_ALLOWED')
  })
})
