import { z } from 'zod'
import { dayNumberFromDate } from '@zhibu/core'

// Request schemas of the schedule, calendar, scorecard and ballot routes (kept apart from schemas.ts, which other
// routes share, so the roll-up contract can grow on its own).
const id = z.string().min(1).max(100)
const calendarDate = z
  .string()
  .refine((text) => dayNumberFromDate(text) !== undefined, 'a real date YYYY-MM-DD')
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM')
const year = z.coerce.number().int().min(2000).max(2100)
const memberId = z.string().min(1).max(100)

/** Bodies, params and queries of the roll-up routes. */
export const rollupSchemas = {
  unitParams: z.strictObject({ unitId: id }),
  scheduleParams: z.strictObject({ unitId: id, scheduleId: id }),
  createSchedule: z
    .strictObject({
      templateId: z.string().min(1).max(200),
      frequency: z.enum(['monthly', 'quarterly', 'halfYearly', 'yearly']),
      minimumPerPeriod: z.number().int().min(1).max(100).default(1),
      startDate: calendarDate,
      endDate: calendarDate.optional(),
    })
    .refine((body) => body.endDate === undefined || body.endDate >= body.startDate, {
      message: 'endDate must not be before startDate',
      path: ['endDate'],
    }),
  calendarQuery: z
    .strictObject({ from: month.optional(), to: month.optional() })
    .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
      message: 'from must not be after to',
      path: ['to'],
    }),
  yearQuery: z.strictObject({ year: year.optional() }),
  ballot: z.strictObject({
    grades: z
      .record(memberId, z.enum(['优秀', '合格', '基本合格', '不合格']))
      .refine((grades) => Object.keys(grades).length <= 1000, 'at most 1000 members'),
    notes: z
      .record(memberId, z.string().max(2_000))
      .refine((notes) => Object.keys(notes).length <= 1000, 'at most 1000 members')
      .optional(),
  }),
}
