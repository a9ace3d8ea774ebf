import type { ApiResult } from './ApiResult'
import type { CalendarPeriod } from './CalendarPeriod'
import type { UnitRanking } from './UnitRanking'
import type { UnitScorecard } from './UnitScorecard'
import type { CreateScheduleBody, UnitSchedule } from './UnitSchedule'

/** The unit-level views' API (issue 5): schedules, the branch calendar, the scorecard and the ranking. */
export interface UnitReportsApi {
  listSchedules(unitId: string): Promise<ApiResult<UnitSchedule[]>>
  createSchedule(unitId: string, body: CreateScheduleBody): Promise<ApiResult<{ id: string }>>
  deleteSchedule(unitId: string, scheduleId: string): Promise<ApiResult<true>>
  /** Periods overlapping the months `from`..`to` (YYYY-MM, both included). */
  calendar(unitId: string, from: string, to: string): Promise<ApiResult<CalendarPeriod[]>>
  scorecard(unitId: string, year: number): Promise<ApiResult<UnitScorecard>>
  ranking(unitId: string, year: number): Promise<ApiResult<UnitRanking>>
}
