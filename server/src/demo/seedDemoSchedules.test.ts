import { describe, expect, it } from 'vitest'
import { shanghaiDate } from '../api/shanghaiDate'
import { coreDocumentDomain } from '../domain/coreDocumentDomain'
import { TestServer } from '../testing/TestServer'
import { demoOrganisation } from './demoOrganisation'

interface CalendarBody {
  periods: Array<{
    templateId: string
    title: string
    status: string
    period: { key: string }
    documents: unknown[]
  }>
}

describe('demo schedules', () => {
  it('schedules the five recurring templates once and leaves one past month’s 支委会 missing', async () => {
    let server = await TestServer.start({ demo: true, admin: undefined, domain: coreDocumentDomain() })
    try {
      server = await server.restart()
      const member = await server.login('lina', demoOrganisation.password)
      const schedules = await server.request('GET', '/api/units/demo-branch-1/schedules', { token: member })
      const listed = (
        schedules.body as unknown as { schedules: Array<{ templateId: string; frequency: string }> }
      ).schedules
      expect(listed.map((schedule) => [schedule.templateId, schedule.frequency])).toEqual([
        ['committee-minutes', 'monthly'],
        ['branch-assembly-minutes', 'quarterly'],
        ['group-meeting-minutes', 'monthly'],
        ['party-lecture-record', 'quarterly'],
        ['member-appraisal', 'yearly'],
      ])
      const today = shanghaiDate(new Date())
      const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - 6
      const from = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
      const calendar = await server.request(
        'GET',
        `/api/units/demo-branch-1/calendar?from=${from}&to=${today.slice(0, 7)}`,
        {
          token: member,
        },
      )
      const committee = (calendar.body as unknown as CalendarBody).periods.filter(
        (period) => period.templateId === 'committee-minutes',
      )
      expect(committee.map((period) => period.status)).toEqual([
        'done',
        'done',
        'done',
        'missing',
        'done',
        'done',
        'upcoming',
      ])
      expect(committee[0]?.title).toBe('支委会')
    } finally {
      await server.close()
    }
  })
})
