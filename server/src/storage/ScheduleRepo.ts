import type { MeetingCadence } from '@zhibu/core'

/** 工作计划 as stored. */
export interface ScheduleRecord {
  id: string
  unitId: string
  templateId: string
  frequency: MeetingCadence
  minimumPerPeriod: number
  startDate: string
  endDate: string | null
  createdBy: string
  createdAt: string
}

/** Recurring template schedules per unit. */
export interface ScheduleRepo {
  create(schedule: ScheduleRecord): Promise<void>
  /** oldest first, then id. */
  listByUnit(unitId: string): Promise<ScheduleRecord[]>
  /** false when the unit has no such schedule. */
  delete(unitId: string, id: string): Promise<boolean>
}
