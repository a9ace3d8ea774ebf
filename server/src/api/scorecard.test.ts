import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  addLedgerRow,
  getAnswersMap,
  getBuiltInScheme,
  writeItemAnswer,
  writeMeetingHeader,
} from '@zhibu/core'
import { coreAndFixtureDomain } from '../testing/coreAndFixtureDomain'
import { seedTestOrganisation, type TestOrganisation } from '../testing/seedTestOrganisation'
import { TestServer } from '../testing/TestServer'
import { shanghaiDate } from './shanghaiDate'

interface ScorecardBody {
  unit: { id: string; name: string }
  year: number
  rules: { id: string; title: string }
  components: Array<{
    id: string
    title: string
    weight: number
    score: number | null
    full: number
    detail: string
  }>
  total: number
  passed: boolean
  grade: string
  explanation: string[]
  forms: Array<{
    docId: string
    title: string
    schemeId: string
    total: number
    full: number
    grade: string
    passed: boolean
    vetoed: boolean
  }>
}

interface RankingBody {
  units: Array<{ unitId: string; name: string; total: number; passed: boolean; grade: string; rank: number }>
  cohort: {
    rule: { kind: string; grade: string }
    passingCount: number
    topCount: number
    advisories: string[]
  }
}

// The real Beijing year, so documents created now and transitions stamped now fall inside it; the injected clock is
// that year's last day, when every earlier month is over.
const year = Number(shanghaiDate(new Date()).slice(0, 4))

describe('branch scorecard and organisation ranking', () => {
  let server: TestServer
  let org: TestOrganisation

  beforeEach(async () => {
    server = await TestServer.start({
      domain: coreAndFixtureDomain(),
      now: () => new Date(`${year}-12-31T04:00:00Z`),
    })
    org = await seedTestOrganisation(server)
  })
  afterEach(async () => {
    await server.close()
  })

  async function create(templateId: string, title: string): Promise<string> {
    const created = await server.request('POST', '/api/docs', {
      token: org.users.editorA.token,
      body: { unitId: org.units.branchA, templateId, title },
    })
    expect(created.status).toBe(201)
    return created.body.id
  }

  async function seedBranchA(): Promise<string> {
    const certification = await create('tiantai-certification', '2026年标准化认证')
    const scheme = getBuiltInScheme('tiantai-biaozhunhua-renzheng')
    await server.running.rooms.writeServerChange(certification, (doc) => {
      for (const module of scheme?.modules ?? [])
        for (const group of module.groups)
          for (const item of group.items)
            if (item.kind === 'deduction' || item.kind === 'checklist' || item.kind === 'levels')
              writeItemAnswer(getAnswersMap(doc), item.id, {})
    })
    await server.request('POST', `/api/units/${org.units.branchA}/schedules`, {
      token: org.users.editorA.token,
      body: { templateId: 'committee-minutes', frequency: 'monthly', startDate: `${year}-01-01` },
    })
    for (const month of [1, 3, 4, 5, 6, 7, 8, 9, 10, 11]) {
      const date = `${year}-${String(month).padStart(2, '0')}-08`
      const minutes = await create('committee-minutes', `支委会 ${date}`)
      await server.running.rooms.writeServerChange(minutes, (doc) =>
        writeMeetingHeader(doc, {
          type: 'committee',
          startAt: `${date}T09:00`,
          dueVoting: 9,
          presentVoting: 4,
          committeeSize: 5,
        }),
      )
    }
    const ledger = await create('rectification-list', '整改清单')
    await server.running.rooms.writeServerChange(ledger, (doc) => {
      addLedgerRow(doc, 'rectification', 'row-on-time', `${year}-01-01`, {
        deadline: `${year}-12-31`,
        description: '按期',
      })
      addLedgerRow(doc, 'rectification', 'row-overdue', `${year}-01-01`, {
        deadline: `${year}-01-01`,
        description: '逾期',
      })
    })
    for (const [token, to] of [
      [org.users.editorA.token, 'submitted'],
      [org.users.supervisor.token, 'closed'],
    ] as const) {
      const moved = await server.request('POST', `/api/docs/${ledger}/transitions`, {
        token,
        body: { rowId: 'row-on-time', to },
      })
      expect(moved.status).toBe(201)
    }
    return certification
  }

  it('combines the certification form (exactly as /score), meeting compliance and rectification closure', async () => {
    const certification = await seedBranchA()
    const score = await server.request('GET', `/api/docs/${certification}/score`, {
      token: org.users.memberA.token,
    })
    const final = (score.body as unknown as { final: { total: number; full: number } }).final
    expect(final).toMatchObject({ total: 85, full: 100 })
    const answer = await server.request('GET', `/api/units/${org.units.branchA}/scorecard?year=${year}`, {
      token: org.users.memberA.token,
    })
    expect(answer.status).toBe(200)
    const card = answer.body as unknown as ScorecardBody
    expect(card.unit).toEqual({ id: org.units.branchA, name: '支部A' })
    expect(card.rules.id).toBe('example-annual-scorecard')
    expect(card.forms).toEqual([
      expect.objectContaining({
        docId: certification,
        schemeId: 'tiantai-biaozhunhua-renzheng',
        total: final.total,
        full: final.full,
        vetoed: false,
      }),
    ])
    // 40% × 85/100 = 34; 30% × 10/11 months = 27.273; 30% × 1/2 closed on time = 15.
    expect(
      card.components.map((component) => [component.id, component.weight, component.full, component.score]),
    ).toEqual([
      ['certification', 400, 40, 34],
      ['meetings', 300, 30, 27.273],
      ['rectification', 300, 30, 15],
    ])
    expect(card.total).toBe(76.273)
    expect(card.passed).toBe(true)
    expect(card.grade).toBe('合格')
    expect(card.explanation).toContain('合计76.273分(满分100分)')
    expect(
      (
        await server.request('GET', `/api/units/${org.units.branchA}/scorecard`, {
          token: org.users.editorB.token,
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await server.request('GET', `/api/units/${org.units.branchA}/scorecard?year=abc`, {
          token: org.users.memberA.token,
        })
      ).status,
    ).toBe(400)
  })

  it('ranks the branches below a committee with the cohort rule, for readers of that committee only', async () => {
    await seedBranchA()
    const ranking = await server.request('GET', `/api/units/${org.units.committee}/ranking?year=${year}`, {
      token: org.users.supervisor.token,
    })
    expect(ranking.status).toBe(200)
    const body = ranking.body as unknown as RankingBody
    expect(body.units.map((unit) => [unit.name, unit.rank, unit.total, unit.passed, unit.grade])).toEqual([
      ['支部A', 1, 76.273, true, '二级'],
      ['支部B', 2, 0, false, '不合格'],
    ])
    // One passing branch: floor(1 × 10%) = 0 branches are 一级.
    expect(body.cohort).toMatchObject({
      rule: { kind: 'topShare', grade: '一级' },
      passingCount: 1,
      topCount: 0,
    })
    expect(
      (
        await server.request('GET', `/api/units/${org.units.committee}/ranking`, {
          token: org.users.memberA.token,
        })
      ).status,
    ).toBe(404)
    expect(
      await server.request('GET', `/api/units/${org.units.branchA}/ranking`, {
        token: org.users.editorA.token,
      }),
    ).toMatchObject({ status: 400, body: { error: { code: 'UNIT_NOT_ORGANISATION' } } })
  })
})
