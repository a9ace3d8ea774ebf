import type { CalendarPeriod } from '../api/CalendarPeriod'

/** A monthly 支委会 schedule's periods in `year` (March missing, November current) and one quarterly 党课. */
export function calendarFixture(year = 2026): { periods: CalendarPeriod[]; schedules: unknown[] } {
  const monthly: CalendarPeriod[] = Array.from({ length: 12 }, (_value, index) => {
    const month = String(index + 1).padStart(2, '0')
    const status = index === 2 ? 'missing' : index < 10 ? 'done' : 'upcoming'
    return {
      scheduleId: 's-committee',
      templateId: 'committee-minutes',
      kind: 'minutes',
      title: '支委会会议记录',
      period: { start: `${year}-${month}-01`, end: `${year}-${month}-28`, label: `${year}年${index + 1}月` },
      status,
      documents:
        status === 'done'
          ? [{ id: `doc-${month}`, title: `${index + 1}月支委会`, date: `${year}-${month}-10` }]
          : [],
    }
  })
  const quarterly: CalendarPeriod[] = [1, 2, 3, 4].map((quarter) => ({
    scheduleId: 's-lecture',
    templateId: 'party-lecture',
    kind: 'minutes',
    title: '党课记录',
    period: {
      start: `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`,
      end: `${year}-${String(quarter * 3).padStart(2, '0')}-30`,
      label: `${year}年第${quarter}季度`,
    },
    status: quarter < 4 ? 'done' : 'upcoming',
    documents: [],
  }))
  return {
    periods: [...monthly, ...quarterly],
    schedules: [
      {
        id: 's-committee',
        unitId: 'b1',
        templateId: 'committee-minutes',
        frequency: 'monthly',
        minimumPerPeriod: 1,
        startDate: `${year}-01-01`,
      },
      {
        id: 's-lecture',
        unitId: 'b1',
        templateId: 'party-lecture',
        frequency: 'quarterly',
        startDate: `${year}-01-01`,
      },
    ],
  }
}
