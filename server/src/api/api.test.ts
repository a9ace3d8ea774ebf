import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedTestOrganisation, type TestOrganisation } from '../testing/seedTestOrganisation'
import { TestServer } from '../testing/TestServer'

describe('HTTP API', () => {
  let server: TestServer
  let org: TestOrganisation

  beforeEach(async () => {
    server = await TestServer.start({ loginAttempts: 3, bodyLimitBytes: 16 * 1024 })
    org = await seedTestOrganisation(server)
  })
  afterEach(async () => {
    await server.close()
  })

  it('reports health with the store status and readiness', async () => {
    const health = await server.request('GET', '/healthz')
    expect(health).toMatchObject({
      status: 200,
      body: { status: 'ok', store: { kind: 'sqlite', status: 'up' } },
    })
    expect(await server.request('GET', '/readyz')).toMatchObject({ status: 200, body: { ready: true } })
  })

  it('logs in, shows the user with grants, and revokes the token on logout', async () => {
    const me = await server.request('GET', '/api/auth/me', { token: org.users.memberA.token })
    expect(me.body).toMatchObject({
      user: { username: 'memberA', isAdmin: false },
      grants: [{ unitId: org.units.branchA, role: 'member' }],
    })
    expect(me.body.user.passwordHash).toBeUndefined()
    await server.request('POST', '/api/auth/logout', { token: org.users.memberA.token })
    const after = await server.request('GET', '/api/auth/me', { token: org.users.memberA.token })
    expect(after.status).toBe(401)
    expect(Object.keys(after.body)).toEqual(['error'])
    expect(after.body.error.code).toBe('UNAUTHORIZED')
    expect(after.body.error.message.length).toBeGreaterThan(0)
  })

  it('throttles repeated failed logins per username and IP with 429', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const failed = await server.request('POST', '/api/auth/login', {
        body: { username: 'memberA', password: 'wrong-one' },
      })
      expect(failed.body.error.code).toBe('INVALID_CREDENTIALS')
    }
    const blocked = await server.request('POST', '/api/auth/login', {
      body: { username: 'memberA', password: 'password-123' },
    })
    expect(blocked).toMatchObject({ status: 429, body: { error: { code: 'TOO_MANY_ATTEMPTS' } } })
    expect(
      (
        await server.request('POST', '/api/auth/login', {
          body: { username: 'editorA', password: 'password-123' },
        })
      ).status,
    ).toBe(200)
  })

  it('answers validation errors, unknown routes and oversized bodies with the error shape', async () => {
    const token = org.adminToken
    const invalid = await server.request('POST', '/api/units', { token, body: { name: '', kind: 'planet' } })
    expect(invalid).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_ERROR' } } })
    const extra = await server.request('POST', '/api/users', {
      token,
      body: { username: 'ok', password: 'password-1', displayName: 'x', role: 'admin' },
    })
    expect(extra.status).toBe(400)
    const badJson = await server.request('POST', '/api/units', { token, rawBody: '{"name":' })
    expect(badJson.status).toBe(400)
    expect(badJson.body.error.code).toBe('BAD_REQUEST')
    const badId = await server.request('GET', '/api/docs/..%2F..%2Fetc', { token })
    expect(badId).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_ERROR' } } })
    expect(await server.request('GET', '/api/nothing-here', { token })).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    })
    const huge = await server.request('POST', '/api/units', {
      token,
      body: { name: 'x'.repeat(20_000), kind: 'group' },
    })
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } })
  })

  it('keeps admin routes for admins: 401 without a token, 403 for others', async () => {
    expect((await server.request('POST', '/api/units', { body: { name: 'x', kind: 'group' } })).status).toBe(
      401,
    )
    const forbidden = await server.request('POST', '/api/units', {
      token: org.users.editorA.token,
      body: { name: 'x', kind: 'group' },
    })
    expect(forbidden).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } })
    expect((await server.request('GET', '/api/audit', { token: org.users.supervisor.token })).status).toBe(
      403,
    )
  })

  it('refuses a taken username with 409', async () => {
    const again = await server.request('POST', '/api/users', {
      token: org.adminToken,
      body: { username: 'memberA', password: 'password-123', displayName: 'again' },
    })
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'USERNAME_TAKEN' } } })
  })

  it('creates documents idempotently for the same client id and refuses a different reuse with 409', async () => {
    const body = {
      id: 'offline-doc-0001',
      unitId: org.units.branchA,
      templateId: 'fixture-note',
      title: '离线创建',
    }
    const token = org.users.editorA.token
    expect(await server.request('POST', '/api/docs', { token, body })).toEqual({
      status: 201,
      body: { id: body.id },
    })
    expect(await server.request('POST', '/api/docs', { token, body })).toEqual({
      status: 200,
      body: { id: body.id },
    })
    const other = await server.request('POST', '/api/docs', { token: org.adminToken, body })
    expect(other).toMatchObject({ status: 409, body: { error: { code: 'DOCUMENT_EXISTS' } } })
    const member = await server.request('POST', '/api/docs', {
      token: org.users.memberA.token,
      body: { ...body, id: 'member-doc-0001' },
    })
    expect(member).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } })
    const foreign = await server.request('POST', '/api/docs', {
      token,
      body: { ...body, id: 'foreign-doc-001', unitId: org.units.branchB },
    })
    expect(foreign.status).toBe(404)
    const unknownTemplate = await server.request('POST', '/api/docs', {
      token,
      body: { ...body, id: 'tmpl-doc-0001', templateId: 'nope' },
    })
    expect(unknownTemplate).toMatchObject({ status: 400, body: { error: { code: 'UNKNOWN_TEMPLATE' } } })
    const document = await server.request('GET', `/api/docs/${body.id}`, { token: org.users.memberA.token })
    expect(document.body).toMatchObject({
      id: body.id,
      title: '离线创建',
      kind: 'note',
      templateId: 'fixture-note',
      role: 'member',
    })
  })

  it('lists the units a caller sees with the effective role, and the members of a unit', async () => {
    const units = await server.request('GET', '/api/units', { token: org.users.supervisor.token })
    expect(units.body.units).toEqual([
      {
        id: org.units.committee,
        name: '机关党委',
        kind: 'committee',
        parentId: org.units.root,
        role: 'supervisor',
      },
      {
        id: org.units.branchA,
        name: '支部A',
        kind: 'branch',
        parentId: org.units.committee,
        role: 'supervisor',
      },
      {
        id: org.units.branchB,
        name: '支部B',
        kind: 'branch',
        parentId: org.units.committee,
        role: 'supervisor',
      },
    ])
    const members = await server.request('GET', `/api/units/${org.units.branchA}/members`, {
      token: org.users.memberA.token,
    })
    const byName = Object.fromEntries(members.body.members.map((member) => [member.username, member.role]))
    expect(byName).toEqual({
      editorA: 'editor',
      memberA: 'member',
      supervisor: 'supervisor',
      certifier: 'certifier',
    })
    expect(
      (
        await server.request('GET', `/api/units/${org.units.branchB}/members`, {
          token: org.users.memberA.token,
        })
      ).status,
    ).toBe(404)
  })

  it('writes comments and inspector answers into the review room with role checks, and audits them', async () => {
    const comment = await server.request('POST', `/api/docs/${org.docA}/comments`, {
      token: org.users.memberA.token,
      body: { text: '请补充会议记录', anchor: { blockId: 'b1' } },
    })
    expect(comment.status).toBe(201)
    const denied = await server.request('PUT', `/api/docs/${org.docA}/inspection/item-1`, {
      token: org.users.supervisor.token,
      body: { answer: { deductions: {} } },
    })
    expect(denied).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } })
    const inspected = await server.request('PUT', `/api/docs/${org.docA}/inspection/item-1`, {
      token: org.users.certifier.token,
      body: { answer: { note: '现场查看' } },
    })
    expect(inspected.status).toBe(200)
    const hidden = await server.request('POST', `/api/docs/${org.docA}/comments`, {
      token: org.users.editorB.token,
      body: { text: 'x' },
    })
    expect(hidden.status).toBe(404)
    const score = await server.request('GET', `/api/docs/${org.docA}/score`, {
      token: org.users.memberA.token,
    })
    expect(score.body).toEqual({ answers: 0, inspection: 1 })
    const audit = await server.request('GET', '/api/audit?limit=50', { token: org.adminToken })
    const actions = audit.body.entries.map((entry) => entry.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'review.comment',
        'review.inspection',
        'document.create',
        'role.grant',
        'auth.login',
      ]),
    )
    expect(audit.body.entries[0]?.ip).toContain('127.0.0.1')
  })
})

describe('first-run setup', () => {
  it('offers setup while there is no user, creates the admin once, then answers 409', async () => {
    const server = await TestServer.start({ admin: undefined })
    try {
      expect(await server.request('GET', '/api/setup')).toEqual({ status: 200, body: { needed: true } })
      const body = { username: 'chief', password: 'long-password', displayName: '管理员' }
      expect((await server.request('POST', '/api/setup', { body })).status).toBe(201)
      expect(await server.request('GET', '/api/setup')).toEqual({ status: 200, body: { needed: false } })
      const again = await server.request('POST', '/api/setup', { body: { ...body, username: 'other' } })
      expect(again).toMatchObject({ status: 409, body: { error: { code: 'ALREADY_SET_UP' } } })
      const token = await server.login('chief', 'long-password')
      expect((await server.request('GET', '/api/auth/me', { token })).body.user.isAdmin).toBe(true)
    } finally {
      await server.close()
    }
  })

  it('serves a build hint page for non-API paths when the web app is not built', async () => {
    const server = await TestServer.start()
    try {
      const page = await fetch(`${server.url}/documents/abc`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('not built yet')
    } finally {
      await server.close()
    }
  })
})

describe('API rate limit', () => {
  it('answers 429 with the error shape past the per-minute limit', async () => {
    const server = await TestServer.start({ apiRateLimitPerMinute: 3 })
    try {
      const statuses: number[] = []
      let last: { status: number; body: unknown } | undefined
      for (let index = 0; index < 5; index++) {
        last = await server.request('GET', '/api/setup')
        statuses.push(last.status)
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429])
      expect(last?.body).toMatchObject({ error: { code: 'RATE_LIMITED' } })
    } finally {
      await server.close()
    }
  })
})
