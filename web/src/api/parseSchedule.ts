import { readCount } from './readCount'
import { readField } from './readField'
import { scheduleFrequencies, type ScheduleFrequency } from './ScheduleFrequency'
import type { UnitSchedule } from './UnitSchedule'

/** One schedule of `GET /api/units/:id/schedules`; an unknown frequency drops the entry rather than guessing. */
export function parseSchedule(value: unknown): UnitSchedule | null {
  const id = readField(value, 'id')
  const templateId = readField(value, 'templateId')
  const frequency = readField(value, 'frequency')
  const startDate = readField(value, 'startDate')
  if (id === undefined || templateId === undefined || startDate === undefined) return null
  if (frequency === undefined || !scheduleFrequencies.includes(frequency as ScheduleFrequency)) return null
  const schedule: UnitSchedule = {
    id,
    unitId: readField(value, 'unitId') ?? '',
    templateId,
    frequency: frequency as ScheduleFrequency,
    minimumPerPeriod: readCount(value, 'minimumPerPeriod') ?? 1,
    startDate,
  }
  const endDate = readField(value, 'endDate')
  if (endDate !== undefined) schedule.endDate = endDate
  return schedule
}
