import type { ScheduleFrequency } from './ScheduleFrequency'

/** 定期安排: a template a unit must fill in every period (e.g. 支委会 monthly), from `GET /api/units/:id/schedules`. */
export interface UnitSchedule {
  id: string
  unitId: string
  templateId: string
  frequency: ScheduleFrequency
  /** documents needed per period for the period to count as done */
  minimumPerPeriod: number
  /** first day the schedule applies, YYYY-MM-DD */
  startDate: string
  /** last day it applies, YYYY-MM-DD; absent while it runs on */
  endDate?: string
}

/** 新增定期安排 request body of `POST /api/units/:id/schedules`. */
export interface CreateScheduleBody {
  templateId: string
  frequency: ScheduleFrequency
  minimumPerPeriod?: number
  startDate: string
  endDate?: string
}
