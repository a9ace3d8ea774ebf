import { describe, expect, it } from 'vitest'
import { createUnitReportsApi } from './createUnitReportsApi'

interface Seen {
  url: string
  init: RequestInit | undefined
}

function fakeFetch(status: number, body: unknown, seen: Seen[] = []): typeof fetch {
  return (input, init) => {
    seen.push({
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      init,
    })
    return Promise.resolve(
      status === 204
        ? new Response(null, { status })
        : new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    )
  }
}

describe('unit reports API', () => {
  it('lists schedules with the bearer token and drops entries with an unknown frequency', async () => {
    const seen: Seen[] = []
    const api = createUnitReportsApi({
      getToken: () => 'tok',
      fetch: fakeFetch(
        200,
        {
          schedules: [
            {
              id: 's1',
              unitId: 'b1',
              templateId: 'committee-minutes',
              frequency: 'monthly',
              minimumPerPeriod: 1,
              startDate: '2026-01-01',
            },
            { id: 's2', unitId: 'b1', templateId: 'x', frequency: 'weekly', startDate: '2026-01-01' },
            {
              id: 's3',
              unitId: 'b1',
              templateId: 'party-lecture',
              frequency: 'halfYearly',
              startDate: '2026-01-01',
              endDate: '2027-12-31',
            },
          ],
        },
        seen,
      ),
    })
    expect(await api.listSchedules('branch 1')).toEqual({
      ok: true,
      value: [
        {
          id: 's1',
          unitId: 'b1',
          templateId: 'committee-minutes',
          frequency: 'monthly',
          minimumPerPeriod: 1,
          startDate: '2026-01-01',
        },
        {
          id: 's3',
          unitId: 'b1',
          templateId: 'party-lecture',
          frequency: 'halfYearly',
          minimumPerPeriod: 1,
          startDate: '2026-01-01',
          endDate: '2027-12-31',
        },
      ],
    })
    expect(seen[0]?.url).toBe('/api/units/branch%201/schedules')
    expect((seen[0]?.init?.headers as Record<string, string>).authorization).toBe('Bearer tok')
  })

  it('creates a schedule with a POST and deletes one, accepting an empty 204', async () => {
    const seen: Seen[] = []
    const created = createUnitReportsApi({ getToken: () => 't', fetch: fakeFetch(201, { id: 's9' }, seen) })
    const body = { templateId: 'committee-minutes', frequency: 'quarterly' as const, startDate: '2026-01-01' }
    expect(await created.createSchedule('b1', body)).toEqual({ ok: true, value: { id: 's9' } })
    expect(seen[0]?.init?.method).toBe('POST')
    expect(JSON.parse(seen[0]?.init?.body as string)).toEqual(body)
    const deleted = createUnitReportsApi({ getToken: () => 't', fetch: fakeFetch(204, null, seen) })
    expect(await deleted.deleteSchedule('b1', 's/9')).toEqual({ ok: true, value: true })
    expect(seen[1]?.url).toBe('/api/units/b1/schedules/s%2F9')
    expect(seen[1]?.init?.method).toBe('DELETE')
  })

  it('reads calendar periods with their documents and skips periods with an unknown status', async () => {
    const seen: Seen[] = []
    const period = {
      scheduleId: 's1',
      templateId: 'committee-minutes',
      kind: 'minutes',
      title: '支委会会议记录',
      period: { start: '2026-03-01', end: '2026-03-31', label: '2026年3月' },
      status: 'done',
      documents: [{ id: 'd1', title: '3月支委会', date: '2026-03-12' }, { title: 'no id' }],
    }
    const api = createUnitReportsApi({
      getToken: () => 't',
      fetch: fakeFetch(200, { periods: [period, { ...period, status: 'late' }] }, seen),
    })
    expect(await api.calendar('b1', '2026-01', '2026-12')).toEqual({
      ok: true,
      value: [{ ...period, documents: [{ id: 'd1', title: '3月支委会', date: '2026-03-12' }] }],
    })
    expect(seen[0]?.url).toBe('/api/units/b1/calendar?from=2026-01&to=2026-12')
  })

  it('keeps scorecard points exactly as sent, strings and numbers alike', async () => {
    const api = createUnitReportsApi({
      getToken: () => 't',
      fetch: fakeFetch(200, {
        unit: { id: 'b1', name: '第一党支部' },
        year: 2026,
        rules: { id: 'annual', title: '年度考核' },
        components: [
          { id: 'cert', title: '认证', weight: '0.40', score: '36.80', full: '40', detail: '92 × 40%' },
          { id: 'daily', title: '日常', weight: 0.6, score: 55.1, full: 60, detail: '' },
        ],
        total: '91.90',
        passed: true,
        grade: '一级',
        explanation: ['认证占40%', { message: '日常考核占60%' }, { code: 'no-text' }],
        forms: [
          {
            docId: 'd9',
            title: '认证表',
            schemeId: 'tiantai',
            total: '92.00',
            full: 100,
            grade: '一级',
            passed: true,
            vetoed: false,
          },
        ],
      }),
    })
    const result = await api.scorecard('b1', 2026)
    expect(result.ok && result.value).toEqual({
      unit: { id: 'b1', name: '第一党支部' },
      year: 2026,
      rules: { id: 'annual', title: '年度考核' },
      components: [
        { id: 'cert', title: '认证', weight: '0.40', score: '36.80', full: '40', detail: '92 × 40%' },
        { id: 'daily', title: '日常', weight: '0.6', score: '55.1', full: '60', detail: '' },
      ],
      total: '91.90',
      passed: true,
      grade: '一级',
      explanation: ['认证占40%', '日常考核占60%'],
      forms: [
        {
          docId: 'd9',
          title: '认证表',
          schemeId: 'tiantai',
          total: '92.00',
          full: '100',
          grade: '一级',
          passed: true,
          vetoed: false,
        },
      ],
    })
  })

  it('rejects a scorecard without a total as a bad response', async () => {
    const api = createUnitReportsApi({
      getToken: () => 't',
      fetch: fakeFetch(200, { unit: { id: 'b1' }, year: 2026 }),
    })
    expect(await api.scorecard('b1', 2026)).toMatchObject({ ok: false, error: { code: 'BAD_RESPONSE' } })
  })

  it('reads the ranking and the cohort summary, rule and advisories as text', async () => {
    const seen: Seen[] = []
    const api = createUnitReportsApi({
      getToken: () => 't',
      fetch: fakeFetch(
        200,
        {
          units: [
            { unitId: 'b1', name: '第一党支部', total: '95.5', passed: true, grade: '一级', rank: 1 },
            { unitId: 'b2', name: '第二党支部', total: 88, passed: false, grade: null, rank: 2 },
          ],
          cohort: {
            rule: '合格支部前10%为一级',
            passingCount: 1,
            topCount: 1,
            advisories: [{ code: 'cohort.quota-exceeded', message: '一级超过约10%' }],
          },
        },
        seen,
      ),
    })
    expect(await api.ranking('org', 2025)).toEqual({
      ok: true,
      value: {
        units: [
          { unitId: 'b1', name: '第一党支部', total: '95.5', passed: true, grade: '一级', rank: 1 },
          { unitId: 'b2', name: '第二党支部', total: '88', passed: false, grade: null, rank: 2 },
        ],
        cohort: {
          rules: [{ kind: 'text', text: '合格支部前10%为一级' }],
          passingCount: 1,
          topCount: 1,
          advisories: ['一级超过约10%'],
        },
      },
    })
    expect(seen[0]?.url).toBe('/api/units/org/ranking?year=2025')
  })

  it('reads core’s structured cohort rules and the exact totalText of a scorecard', async () => {
    const topShare = {
      kind: 'topShare',
      id: 'top-10',
      share: { numerator: 1, denominator: 10 },
      of: 'passing',
      grade: '一级',
      otherwise: '二级',
      count: 'floor',
      ties: 'include',
    }
    const ranking = createUnitReportsApi({
      getToken: () => 't',
      fetch: fakeFetch(200, {
        units: [{ unitId: 'b1', name: '一支部', total: 79.5, passed: true, grade: '一级', rank: 1 }],
        cohort: { rule: topShare, rules: [topShare], passingCount: 1, topCount: 1, advisories: [] },
      }),
    })
    const result = await ranking.ranking('org', 2026)
    expect(result.ok && result.value.cohort.rules).toEqual([
      {
        kind: 'topShare',
        share: { numerator: 1, denominator: 10 },
        of: 'passing',
        grade: '一级',
        otherwise: '二级',
      },
    ])
    const scorecard = createUnitReportsApi({
      getToken: () => 't',
      fetch: fakeFetch(200, {
        unit: { id: 'b1' },
        year: 2026,
        total: 43.333,
        totalText: '43.333',
        passed: false,
      }),
    })
    const card = await scorecard.scorecard('b1', 2026)
    expect(card.ok && card.value.total).toBe('43.333')
  })

  it('reports a missing endpoint with its status and the network being down as status 0', async () => {
    const missing = createUnitReportsApi({ getToken: () => 't', fetch: fakeFetch(404, {}) })
    expect(await missing.ranking('org', 2026)).toMatchObject({ ok: false, error: { status: 404 } })
    const offline = createUnitReportsApi({
      getToken: () => 't',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    expect(await offline.calendar('b1', '2026-01', '2026-12')).toMatchObject({
      ok: false,
      error: { status: 0, code: 'NETWORK' },
    })
  })
})
