import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeAppraisalDecision, writeAppraisalMember } from '@zhibu/core'
import { coreAndFixtureDomain } from '../testing/coreAndFixtureDomain'
import { seedTestOrganisation, type TestOrganisation } from '../testing/seedTestOrganisation'
import { TestServer } from '../testing/TestServer'

describe('appraisal ballots (民主测评票)', () => {
  let server: TestServer
  let org: TestOrganisation
  let docId: string

  beforeEach(async () => {
    server = await TestServer.start({ domain: coreAndFixtureDomain() })
    org = await seedTestOrganisation(server)
    const created = await server.request('POST', '/api/docs', {
      token: org.users.editorA.token,
      body: { unitId: org.units.branchA, templateId: 'member-appraisal', title: '2026年度民主评议' },
    })
    docId = created.body.id
    await server.running.rooms.writeServerChange(docId, (doc) => {
      writeAppraisalMember(doc, { id: org.users.editorA.id, name: '书记', status: 'full' }, 1)
      writeAppraisalMember(doc, { id: org.users.memberA.id, name: '党员甲', status: 'full' }, 2)
      writeAppraisalMember(doc, { id: 'm3', name: '党员乙', status: 'full' }, 3)
      writeAppraisalMember(doc, { id: 'p1', name: '预备党员', status: 'probationary' }, 4)
    })
  })
  afterEach(async () => {
    await server.close()
  })

  const route = (suffix: string): string => `/api/docs/${docId}/${suffix}`
  const memberBallot = {
    grades: { m3: '不合格', p1: '优秀' } as Record<string, string>,
    notes: { m3: '组织观念淡薄' },
  }
  const editorBallot = { grades: { m3: '基本合格' } as Record<string, string>, notes: { m3: '学习不够' } }

  async function cast(token: string, ballot: unknown): Promise<void> {
    const answer = await server.request('PUT', route('ballot'), { token, body: ballot })
    expect(answer.status).toBe(200)
  }

  it('a member reads only their own ballot and no endpoint shows another voter’s', async () => {
    memberBallot.grades[org.users.editorA.id] = '优秀'
    editorBallot.grades[org.users.memberA.id] = '合格'
    await cast(org.users.memberA.token, memberBallot)
    await cast(org.users.editorA.token, editorBallot)
    const own = await server.request('GET', route('ballot'), { token: org.users.memberA.token })
    expect(own.body).toMatchObject({ grades: memberBallot.grades, notes: memberBallot.notes })
    expect(typeof (own.body as unknown as { castAt: string }).castAt).toBe('string')
    const trying = await server.request('GET', `${route('ballot')}?voterId=${org.users.editorA.id}`, {
      token: org.users.memberA.token,
    })
    expect(trying.body).toEqual(own.body)
    expect(await server.request('GET', route('tally'), { token: org.users.memberA.token })).toMatchObject({
      status: 403,
      body: { error: { code: 'FORBIDDEN' } },
    })
    // The shared rooms every member syncs never hold a ballot.
    for (const room of [docId, `${docId}:review`]) {
      const doc = await server.running.rooms.readDocument(room)
      const everything = JSON.stringify(doc.toJSON())
      doc.destroy()
      expect(everything).not.toContain('学习不够')
      expect(everything).not.toContain('基本合格')
    }
    const documentAnswers = [
      await server.request('GET', `/api/docs/${docId}`, { token: org.users.memberA.token }),
      await server.request('GET', `/api/docs?unitId=${org.units.branchA}`, {
        token: org.users.memberA.token,
      }),
    ]
    for (const answer of documentAnswers) expect(JSON.stringify(answer.body)).not.toContain('学习不够')
    // The audit log says who voted, never what.
    const audit = await server.request('GET', '/api/audit', { token: org.adminToken })
    const casts = audit.body.entries.filter((entry) => entry.action === 'ballot.cast')
    expect(casts).toHaveLength(2)
    expect(JSON.stringify(casts)).not.toContain('合格')
    expect(await server.request('GET', route('ballot'), { token: org.users.supervisor.token })).toMatchObject(
      {
        status: 404,
        body: { error: { code: 'BALLOT_NOT_FOUND' } },
      },
    )
    expect((await server.request('GET', route('ballot'), { token: org.users.editorB.token })).status).toBe(
      404,
    )
  })

  it('the tally counts grades for the committee, reveals no voter and shows the 1/3 优秀 cap check', async () => {
    const ballotA = {
      grades: { [org.users.editorA.id]: '优秀', m3: '不合格', p1: '优秀' },
      notes: { m3: '组织观念淡薄' },
    }
    const ballotB = { grades: { [org.users.memberA.id]: '合格', m3: '基本合格' }, notes: { m3: '学习不够' } }
    await cast(org.users.memberA.token, ballotA)
    await cast(org.users.editorA.token, { grades: { m3: '优秀' } })
    await cast(org.users.editorA.token, ballotB) // [S181] a later ballot replaces the earlier one
    await server.running.rooms.writeServerChange(docId, (doc) => {
      writeAppraisalDecision(doc, org.users.editorA.id, 'excellent')
      writeAppraisalDecision(doc, org.users.memberA.id, 'excellent')
    })
    const tally = await server.request('GET', route('tally'), { token: org.users.editorA.token })
    expect(tally.status).toBe(200)
    const body = tally.body as unknown as {
      tally: {
        ballotCount: number
        members: Array<{
          memberId: string
          counts: Record<string, number>
          blank: number
          problems: string[]
          graded: boolean
        }>
      }
      quota: {
        quotas: Array<{ basis: number; maximum: number; count: number; withinQuota: boolean }>
        blocking: boolean
        issues: Array<{ code: string }>
      }
      voters: number
    }
    expect(body.voters).toBe(2)
    expect(body.tally.ballotCount).toBe(2)
    const m3 = body.tally.members.find((member) => member.memberId === 'm3')
    expect(m3).toMatchObject({
      counts: { excellent: 0, qualified: 0, basicallyQualified: 1, unqualified: 1 },
      blank: 0,
      problems: ['学习不够', '组织观念淡薄'],
    })
    expect(body.tally.members.find((member) => member.memberId === 'p1')).toMatchObject({ graded: false })
    // 3 full members → 优秀 at most 1; two decided → over the hard cap.
    expect(body.quota.quotas[0]).toMatchObject({ basis: 3, maximum: 1, count: 2, withinQuota: false })
    expect(body.quota.blocking).toBe(true)
    expect(body.quota.issues.map((issue) => issue.code)).toContain('APPRAISAL_QUOTA_EXCEEDED')
    expect(JSON.stringify(body)).not.toMatch(/voterId|castAt/)
    // Swapping who cast which ballot changes nothing the committee sees.
    await cast(org.users.memberA.token, ballotB)
    await cast(org.users.editorA.token, ballotA)
    const swapped = await server.request('GET', route('tally'), { token: org.users.editorA.token })
    expect(swapped.body).toEqual(tally.body)
    for (const user of [org.users.supervisor, org.users.certifier]) {
      expect((await server.request('GET', route('tally'), { token: user.token })).status).toBe(403)
    }
    expect((await server.request('GET', route('tally'), { token: org.adminToken })).status).toBe(200)
  })

  it('only members and editors of the branch vote, only on appraisal documents, with valid grades', async () => {
    const ballot = { grades: { m3: '合格' } }
    for (const token of [org.users.supervisor.token, org.users.certifier.token, org.adminToken]) {
      expect((await server.request('PUT', route('ballot'), { token, body: ballot })).status).toBe(403)
    }
    expect(
      (await server.request('PUT', route('ballot'), { token: org.users.editorB.token, body: ballot })).status,
    ).toBe(404)
    for (const invalid of [{ grades: { m3: 'excellent' } }, { grades: {}, extra: 1 }, { notes: {} }]) {
      const answer = await server.request('PUT', route('ballot'), {
        token: org.users.memberA.token,
        body: invalid,
      })
      expect(answer).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_ERROR' } } })
    }
    expect(
      await server.request('PUT', `/api/docs/${org.docA}/ballot`, {
        token: org.users.memberA.token,
        body: ballot,
      }),
    ).toMatchObject({ status: 409, body: { error: { code: 'NOT_APPRAISAL' } } })
  })
})
