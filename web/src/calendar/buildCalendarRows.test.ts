import { describe, expect, it } from 'vitest'
import type { UnitSchedule } from '../api/UnitSchedule'
import { buildCalendarRows } from './buildCalendarRows'
import { calendarFixture } from './calendarFixtures'
import { formatPeriodLabel } from './formatPeriodLabel'

const schedules = calendarFixture().schedules as UnitSchedule[]

describe('calendar rows', () => {
  it('puts one row per schedule with each period over the months it covers', () => {
    const rows = buildCalendarRows(calendarFixture().periods, schedules, 2026, (id) => id)
    expect(rows.map((row) => [row.scheduleId, row.title])).toEqual([
      ['s-committee', '支委会会议记录'],
      ['s-lecture', '党课记录'],
    ])
    expect(rows[0]?.slots.map((slot) => slot.span)).toEqual(Array(12).fill(1))
    expect(rows[1]?.slots.map((slot) => [slot.startMonth, slot.span])).toEqual([
      [1, 3],
      [4, 3],
      [7, 3],
      [10, 3],
    ])
  })

  it('fills months a schedule does not cover and clips periods reaching into other years', () => {
    const { periods } = calendarFixture()
    const lateStart = periods.filter((period) => period.scheduleId === 's-committee').slice(5)
    const yearCrossing = {
      ...lateStart[0]!,
      scheduleId: 's-other',
      period: { start: '2025-12-01', end: '2026-02-28', label: 'x' },
    }
    const rows = buildCalendarRows([...lateStart, yearCrossing], [], 2026, (id) => `模板 ${id}`)
    expect(rows[0]?.slots[0]).toEqual({ kind: 'empty', startMonth: 1, span: 5 })
    expect(rows[1]?.slots.map((slot) => [slot.kind, slot.startMonth, slot.span])).toEqual([
      ['period', 1, 2],
      ['empty', 3, 10],
    ])
  })

  it('keeps a schedule with no period this year as an empty row named after its template', () => {
    const rows = buildCalendarRows([], schedules.slice(0, 1), 2026, () => '支委会会议记录（模板）')
    expect(rows).toEqual([
      {
        scheduleId: 's-committee',
        templateId: 'committee-minutes',
        title: '支委会会议记录（模板）',
        slots: [{ kind: 'empty', startMonth: 1, span: 12 }],
      },
    ])
  })
})

describe('period labels', () => {
  it('names months, quarters, halves and years the Chinese way, and in English', () => {
    const label = (start: string, end: string, language: 'zh-CN' | 'en' = 'zh-CN') =>
      formatPeriodLabel({ start, end, label: 'server' }, language)
    expect(label('2026-03-01', '2026-03-31')).toBe('2026年3月')
    expect(label('2026-04-01', '2026-06-30')).toBe('2026年第2季度')
    expect(label('2026-07-01', '2026-12-31')).toBe('2026年下半年')
    expect(label('2026-01-01', '2026-12-31')).toBe('2026年')
    expect(label('2026-02-01', '2026-03-31')).toBe('server')
    expect(label('2026-03-01', '2026-03-31', 'en')).toBe('March 2026')
    expect(label('2026-04-01', '2026-06-30', 'en')).toBe('Q2 2026')
  })
})
