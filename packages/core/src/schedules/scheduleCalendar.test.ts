import { describe, expect, it } from 'vitest'
import type { MeetingRecord } from '../meetings/MeetingRecord'
import { calendarCompliance } from './calendarCompliance'
import { periodLabel } from './periodLabel'
import type { Schedule } from './Schedule'
import { scheduleCalendar } from './scheduleCalendar'
import type { ScheduledDocument } from './ScheduledDocument'

const monthlyCommittee: Schedule = {
  id: 's-committee',
  unitId: 'b1',
  templateId: 'committee-minutes',
  frequency: 'monthly',
  minimumPerPeriod: 1,
  startDate: '2026-01-01',
}

const committeeMeeting = (date: string, presentVoting = 3): MeetingRecord => ({
  type: 'committee',
  date,
  dueVoting: 20,
  presentVoting,
  committeeSize: 5,
})

const minutes = (id: string, meeting?: MeetingRecord): ScheduledDocument => ({
  id,
  templateId: 'committee-minutes',
  title: `支委会 ${id}`,
  createdOn: '2026-01-01',
  ...(meeting === undefined ? {} : { meeting }),
})

describe('scheduleCalendar', () => {
  it('[S262] marks a missing monthly 支委会, the done months with their minutes, and the current month upcoming', () => {
    const calendar = scheduleCalendar({
      schedules: [monthlyCommittee],
      documents: [
        minutes('m1', committeeMeeting('2026-01-08')),
        minutes('m3', committeeMeeting('2026-03-05')),
      ],
      from: '2026-01-01',
      to: '2026-05-31',
      today: '2026-04-10',
    })
    expect(calendar.periods.map((period) => [period.key, period.status, period.current])).toEqual([
      ['2026-01', 'done', false],
      ['2026-02', 'missing', false],
      ['2026-03', 'done', false],
      ['2026-04', 'upcoming', true],
      ['2026-05', 'upcoming', false],
    ])
    expect(calendar.periods[0]).toMatchObject({
      scheduleId: 's-committee',
      meetingType: 'committee',
      label: '2026年1月',
      documents: [{ id: 'm1', title: '支委会 m1', date: '2026-01-08' }],
    })
    expect([calendar.done, calendar.missing, calendar.upcoming]).toEqual([2, 1, 2])
    expect(calendarCompliance(calendar)).toEqual({ done: 2, due: 3 })
  })

  it('[S261] minutes without a complete header or with a failed quorum do not count', () => {
    const calendar = scheduleCalendar({
      schedules: [monthlyCommittee],
      documents: [minutes('m1'), minutes('m2', committeeMeeting('2026-02-03', 2))],
      from: '2026-01-01',
      to: '2026-02-28',
      today: '2026-03-01',
    })
    expect(calendar.periods.map((period) => period.status)).toEqual(['missing', 'missing'])
    // [S268] and the calendar says why.
    expect(calendar.uncounted).toEqual([
      { scheduleId: 's-committee', id: 'm1', title: '支委会 m1', reason: 'incomplete' },
      { scheduleId: 's-committee', id: 'm2', title: '支委会 m2', reason: 'noQuorum', date: '2026-02-03' },
    ])
  })

  it('[S260] clips to the schedule start and end, counting whole periods', () => {
    const calendar = scheduleCalendar({
      schedules: [{ ...monthlyCommittee, startDate: '2026-03-15', endDate: '2026-04-02' }],
      documents: [],
      from: '2026-01-01',
      to: '2026-12-31',
      today: '2026-12-31',
    })
    expect(calendar.periods.map((period) => period.key)).toEqual(['2026-03', '2026-04'])
  })

  it('[S264] non-meeting templates count documents created in the period, at the schedule minimum', () => {
    const calendar = scheduleCalendar({
      schedules: [
        {
          id: 's-tasks',
          unitId: 'b1',
          templateId: 'task-list',
          frequency: 'quarterly',
          minimumPerPeriod: 2,
          startDate: '2026-01-01',
        },
      ],
      documents: [
        { id: 't1', templateId: 'task-list', title: '一季度任务', createdOn: '2026-02-01' },
        { id: 't2', templateId: 'task-list', title: '一季度任务二', createdOn: '2026-03-31' },
        { id: 't3', templateId: 'task-list', title: '二季度任务', createdOn: '2026-04-01' },
        { id: 'x', templateId: 'problem-list', title: '别的模板', createdOn: '2026-04-02' },
      ],
      from: '2026-01-01',
      to: '2026-09-30',
      today: '2026-08-01',
    })
    expect(calendar.periods.map((period) => [period.label, period.held, period.status])).toEqual([
      ['2026年第1季度', 2, 'done'],
      ['2026年第2季度', 1, 'missing'],
      ['2026年第3季度', 0, 'upcoming'],
    ])
  })

  it('[S265] reports bad ranges and bad schedules instead of guessing', () => {
    expect(
      scheduleCalendar({
        schedules: [],
        documents: [],
        from: '2026-02-30',
        to: '2026-03-01',
        today: '2026-03-01',
      }).issues[0]?.code,
    ).toBe('MEETING_RANGE_INVALID')
    const bad = scheduleCalendar({
      schedules: [
        { ...monthlyCommittee, minimumPerPeriod: 0 },
        { ...monthlyCommittee, endDate: '2025-01-01' },
      ],
      documents: [],
      from: '2026-01-01',
      to: '2026-02-01',
      today: '2026-03-01',
    })
    expect(bad.periods).toEqual([])
    expect(bad.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['SCHEDULE_INVALID', 'schedules[0].minimumPerPeriod'],
      ['SCHEDULE_INVALID', 'schedules[1].endDate'],
    ])
  })

  it('[S263] names periods in Chinese', () => {
    expect(['2026-03', '2026-Q4', '2026-H1', '2026-H2', '2026'].map(periodLabel)).toEqual([
      '2026年3月',
      '2026年第4季度',
      '2026年上半年',
      '2026年下半年',
      '2026年',
    ])
  })
})

describe('meetingTypeOfTemplate', () => {
  it('[S261] judges only minutes templates by their meeting header; 民主评议 documents count by creation day', () => {
    const calendar = scheduleCalendar({
      schedules: [
        {
          id: 's-appraisal',
          unitId: 'b1',
          templateId: 'member-appraisal',
          frequency: 'yearly',
          minimumPerPeriod: 1,
          startDate: '2025-01-01',
        },
      ],
      documents: [
        { id: 'a1', templateId: 'member-appraisal', title: '2026年度民主评议', createdOn: '2026-12-20' },
      ],
      from: '2025-01-01',
      to: '2026-12-31',
      today: '2026-12-31',
    })
    expect(calendar.periods.map((period) => [period.key, period.status, period.meetingType])).toEqual([
      ['2025', 'missing', undefined],
      ['2026', 'done', undefined],
    ])
  })
})
