import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { canEditContent, meetingTypeLabels } from '@zhibu/core'
import type { ScheduleRecord } from '../storage/ScheduleRepo'
import type { ApiContext } from './ApiContext'
import { ApiError } from './ApiError'
import { parseInput } from './parseInput'
import { recordAudit } from './recordAudit'
import { requireAuth } from './requireAuth'
import { requireUnitRole } from './requireUnitRole'
import { rollupSchemas } from './rollupSchemas'
import { shanghaiDate } from './shanghaiDate'
import { templateIndex } from './templateIndex'
import { unitCalendar } from './unitCalendar'

function scheduleView(schedule: ScheduleRecord): Record<string, unknown> {
  return {
    id: schedule.id,
    unitId: schedule.unitId,
    templateId: schedule.templateId,
    frequency: schedule.frequency,
    minimumPerPeriod: schedule.minimumPerPeriod,
    startDate: schedule.startDate,
    ...(schedule.endDate === null ? {} : { endDate: schedule.endDate }),
    createdBy: schedule.createdBy,
    createdAt: schedule.createdAt,
  }
}

// Ten years of monthly periods is far more than a calendar view shows, and bounds the work per request.
const maxCalendarMonths = 120

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number]
  return `${month}-${String(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()).padStart(2, '0')}`
}

/**
 * 工作计划 and 工作日历: recurring template schedules per unit and the calendar of due, done and missing periods.
 * "Today" is the Beijing calendar day of `now()` (injected so tests can fix the clock).
 */
export function registerScheduleRoutes(app: FastifyInstance, context: ApiContext, now: () => Date): void {
  const { store, access, domain } = context

  app.get('/api/units/:unitId/schedules', async (request) => {
    const auth = await requireAuth(store, request)
    const { unitId } = parseInput(rollupSchemas.unitParams, request.params)
    await requireUnitRole(store, access, auth.user, unitId)
    return { schedules: (await store.schedules.listByUnit(unitId)).map(scheduleView) }
  })

  app.post('/api/units/:unitId/schedules', async (request, reply) => {
    const auth = await requireAuth(store, request)
    const { unitId } = parseInput(rollupSchemas.unitParams, request.params)
    const { role } = await requireUnitRole(store, access, auth.user, unitId)
    if (!canEditContent(role))
      throw new ApiError(403, 'FORBIDDEN', 'only editors and admins schedule templates')
    const body = parseInput(rollupSchemas.createSchedule, request.body)
    if (!templateIndex(domain).has(body.templateId))
      throw new ApiError(400, 'UNKNOWN_TEMPLATE', `no template ${body.templateId}`)
    const id = randomUUID()
    await store.schedules.create({
      id,
      unitId,
      templateId: body.templateId,
      frequency: body.frequency,
      minimumPerPeriod: body.minimumPerPeriod,
      startDate: body.startDate,
      endDate: body.endDate ?? null,
      createdBy: auth.user.id,
      createdAt: new Date().toISOString(),
    })
    await recordAudit(store, request, auth.user.id, 'schedule.create', unitId, {
      scheduleId: id,
      templateId: body.templateId,
      frequency: body.frequency,
    })
    return reply.code(201).send({ id })
  })

  app.delete('/api/units/:unitId/schedules/:scheduleId', async (request, reply) => {
    const auth = await requireAuth(store, request)
    const { unitId, scheduleId } = parseInput(rollupSchemas.scheduleParams, request.params)
    const { role } = await requireUnitRole(store, access, auth.user, unitId)
    if (!canEditContent(role))
      throw new ApiError(403, 'FORBIDDEN', 'only editors and admins remove schedules')
    if (!(await store.schedules.delete(unitId, scheduleId)))
      throw new ApiError(404, 'SCHEDULE_NOT_FOUND', 'schedule not found')
    await recordAudit(store, request, auth.user.id, 'schedule.delete', unitId, { scheduleId })
    return reply.code(204).send()
  })

  app.get('/api/units/:unitId/calendar', async (request) => {
    const auth = await requireAuth(store, request)
    const { unitId } = parseInput(rollupSchemas.unitParams, request.params)
    await requireUnitRole(store, access, auth.user, unitId)
    const query = parseInput(rollupSchemas.calendarQuery, request.query)
    const today = shanghaiDate(now())
    const from = query.from ?? `${today.slice(0, 4)}-01`
    const to = query.to ?? `${today.slice(0, 4)}-12`
    const months =
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5)) - Number(from.slice(5))
    if (months < 0 || months >= maxCalendarMonths)
      throw new ApiError(400, 'VALIDATION_ERROR', `to: the range must be 1 to ${maxCalendarMonths} months`)
    const range = { from: `${from}-01`, to: lastDayOf(to) }
    const { calendar, schedules } = await unitCalendar(context, unitId, range, today)
    const templates = templateIndex(domain)
    const frequencyOf = new Map(schedules.map((schedule) => [schedule.id, schedule.frequency]))
    return {
      today,
      from,
      to,
      periods: calendar.periods.map((period) => {
        const template = templates.get(period.templateId)
        const meetingType = period.meetingType
        return {
          scheduleId: period.scheduleId,
          templateId: period.templateId,
          kind: template?.kind ?? '',
          title:
            meetingType === undefined
              ? (template?.title ?? period.templateId)
              : meetingTypeLabels[meetingType],
          ...(meetingType === undefined ? {} : { meetingType }),
          frequency: frequencyOf.get(period.scheduleId),
          period: { key: period.key, start: period.start, end: period.end, label: period.label },
          status: period.status,
          current: period.current,
          required: period.required,
          held: period.held,
          documents: period.documents,
        }
      }),
      summary: { done: calendar.done, missing: calendar.missing, upcoming: calendar.upcoming },
      uncounted: calendar.uncounted,
      issues: calendar.issues,
    }
  })
}
