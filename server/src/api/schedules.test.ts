import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeMeetingHeader } from '@zhibu/core'
import { coreAndFixtureDomain } from '../testing/coreAndFixtureDomain'
import { seedTestOrganisation, type TestOrganisation } from '../testing/seedTestOrganisation'
import { TestServer } from '../testing/TestServer'

interface CalendarPeriod {
  scheduleId: string
  title: string
  kind: string
  period: { key: string; start: string; end: string; label: string }
  status: string
  current: boolean
  documents: Array<{ id: string; title: string; date: string }>
}

describe('schedules and the calendar', () => {
  let server: TestServer
  let org: TestOrganisation

  beforeEach(async () => {
    // 2026-04-10 10:00 in Beijing.
    server = await TestServer.start({
      domain: coreAndFixtureDomain(),
      now: () => new Date('2026-04-10T02:00:00Z'),
    })
    org = await seedTestOrganisation(server)
  })
  afterEach(async () => {
    await server.close()
  })

  async function minutes(date: string, presentVoting = 4): Promise<string> {
    const created = await server.request('POST', '/api/docs', {
      token: org.users.editorA.token,
      body: { unitId: org.units.branchA, templateId: 'committee-minutes', title: `支委会 ${date}` },
    })
    expect(created.status).toBe(201)
    await server.running.rooms.writeServerChange(created.body.id, (doc) =>
      writeMeetingHeader(doc, {
        type: 'committee',
        startAt: `${date}T09:00`,
        dueVoting: 12,
        presentVoting,
        committeeSize: 5,
      }),
    )
    return created.body.id
  }

  it('lets editors schedule and remove templates, readers list them, others not see them', async () => {
    const route = `/api/units/${org.units.branchA}/schedules`
    const body = { templateId: 'committee-minutes', frequency: 'monthly', startDate: '2026-01-01' }
    expect((await server.request('POST', route, { token: org.users.memberA.token, body })).status).toBe(403)
    expect((await server.request('POST', route, { token: org.users.editorB.token, body })).status).toBe(404)
    const bad = [
      { ...body, frequency: 'weekly' },
      { ...body, startDate: '2026-02-30' },
      { ...body, endDate: '2025-12-31' },
      { ...body, minimumPerPeriod: 0 },
      { ...body, extra: true },
    ]
    for (const invalid of bad) {
      const answer = await server.request('POST', route, { token: org.users.editorA.token, body: invalid })
      expect(answer).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_ERROR' } } })
    }
    expect(
      await server.request('POST', route, {
        token: org.users.editorA.token,
        body: { ...body, templateId: 'nope' },
      }),
    ).toMatchObject({ status: 400, body: { error: { code: 'UNKNOWN_TEMPLATE' } } })
    const created = await server.request('POST', route, { token: org.users.editorA.token, body })
    expect(created.status).toBe(201)
    const listed = await server.request('GET', route, { token: org.users.memberA.token })
    expect(listed.body).toMatchObject({
      schedules: [
        { id: created.body.id, templateId: 'committee-minutes', frequency: 'monthly', minimumPerPeriod: 1 },
      ],
    })
    expect((await server.request('GET', route, { token: org.users.editorB.token })).status).toBe(404)
    const deleteRoute = `${route}/${created.body.id}`
    expect((await server.request('DELETE', deleteRoute, { token: org.users.memberA.token })).status).toBe(403)
    expect((await server.request('DELETE', deleteRoute, { token: org.users.editorA.token })).status).toBe(204)
    expect(await server.request('DELETE', deleteRoute, { token: org.users.editorA.token })).toMatchObject({
      status: 404,
      body: { error: { code: 'SCHEDULE_NOT_FOUND' } },
    })
    const audit = await server.request('GET', '/api/audit', { token: org.adminToken })
    const actions = audit.body.entries.map((entry) => entry.action)
    expect(actions).toContain('schedule.create')
    expect(actions).toContain('schedule.delete')
  })

  it('marks a missing monthly 支委会 red, done months with their minutes, and the current month due', async () => {
    await server.request('POST', `/api/units/${org.units.branchA}/schedules`, {
      token: org.users.editorA.token,
      body: { templateId: 'committee-minutes', frequency: 'monthly', startDate: '2026-01-01' },
    })
    const january = await minutes('2026-01-08')
    const february = await minutes('2026-02-03', 2) // no quorum of the committee: does not count ([S167])
    await minutes('2026-03-05')
    const calendar = await server.request(
      'GET',
      `/api/units/${org.units.branchA}/calendar?from=2026-01&to=2026-05`,
      {
        token: org.users.memberA.token,
      },
    )
    expect(calendar.status).toBe(200)
    const periods = (calendar.body as unknown as { periods: CalendarPeriod[]; today: string }).periods
    expect((calendar.body as unknown as { today: string }).today).toBe('2026-04-10')
    expect(periods.map((period) => [period.period.key, period.status, period.current])).toEqual([
      ['2026-01', 'done', false],
      ['2026-02', 'missing', false],
      ['2026-03', 'done', false],
      ['2026-04', 'upcoming', true],
      ['2026-05', 'upcoming', false],
    ])
    expect(periods[0]).toMatchObject({
      title: '支委会',
      kind: 'minutes',
      period: { start: '2026-01-01', end: '2026-01-31', label: '2026年1月' },
      documents: [{ id: january, title: '支委会 2026-01-08', date: '2026-01-08' }],
    })
    expect(periods[1]?.documents).toEqual([])
    expect((calendar.body as unknown as { uncounted: unknown[] }).uncounted).toEqual([
      {
        scheduleId: periods[1]?.scheduleId,
        id: february,
        title: '支委会 2026-02-03',
        reason: 'noQuorum',
        date: '2026-02-03',
      },
    ])
    const defaultYear = await server.request('GET', `/api/units/${org.units.branchA}/calendar`, {
      token: org.users.memberA.token,
    })
    expect((defaultYear.body as unknown as { periods: CalendarPeriod[] }).periods).toHaveLength(12)
    for (const query of ['from=2026-13', 'from=2026-05&to=2026-01', 'from=2000-01&to=2026-01', 'year=2026']) {
      const answer = await server.request('GET', `/api/units/${org.units.branchA}/calendar?${query}`, {
        token: org.users.memberA.token,
      })
      expect(answer.status).toBe(400)
    }
    expect(
      (
        await server.request('GET', `/api/units/${org.units.branchA}/calendar`, {
          token: org.users.editorB.token,
        })
      ).status,
    ).toBe(404)
  })
})
