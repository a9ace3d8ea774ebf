import type { Kysely } from 'kysely'
import type { MeetingCadence } from '@zhibu/core'
import type { Database } from './Database'
import type { ScheduleBallotTables } from './ScheduleBallotTables'
import type { ScheduleRepo } from './ScheduleRepo'

/** {@link ScheduleRepo} over Kysely. */
export function kyselyScheduleRepo(base: Kysely<Database>): ScheduleRepo {
  const db = base.withTables<ScheduleBallotTables>()
  return {
    async create(schedule) {
      await db
        .insertInto('schedules')
        .values({
          id: schedule.id,
          unit_id: schedule.unitId,
          template_id: schedule.templateId,
          frequency: schedule.frequency,
          minimum_per_period: schedule.minimumPerPeriod,
          start_date: schedule.startDate,
          end_date: schedule.endDate,
          created_by: schedule.createdBy,
          created_at: schedule.createdAt,
        })
        .execute()
    },
    async listByUnit(unitId) {
      const rows = await db
        .selectFrom('schedules')
        .selectAll()
        .where('unit_id', '=', unitId)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      return rows.map((row) => ({
        id: row.id,
        unitId: row.unit_id,
        templateId: row.template_id,
        frequency: row.frequency as MeetingCadence,
        minimumPerPeriod: Number(row.minimum_per_period),
        startDate: row.start_date,
        endDate: row.end_date,
        createdBy: row.created_by,
        createdAt: row.created_at,
      }))
    },
    async delete(unitId, id) {
      const result = await db
        .deleteFrom('schedules')
        .where('unit_id', '=', unitId)
        .where('id', '=', id)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },
  }
}
