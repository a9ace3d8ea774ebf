import {
  meetingRecordFromHeader,
  meetingTypeOfTemplate,
  readMeetingHeader,
  scheduleCalendar,
  type ScheduleCalendarResult,
  type ScheduledDocument,
} from '@zhibu/core'
import type { ScheduleRecord } from '../storage/ScheduleRepo'
import type { ApiContext } from './ApiContext'
import { shanghaiDate } from './shanghaiDate'

/**
 * A unit's schedules laid out on the calendar between two days: minutes are judged by their meeting header
 * (read from the stored content room), other documents by their Beijing-time creation day.
 */
export async function unitCalendar(
  context: Pick<ApiContext, 'store' | 'rooms'>,
  unitId: string,
  range: { from: string; to: string },
  today: string,
): Promise<{ calendar: ScheduleCalendarResult; schedules: ScheduleRecord[] }> {
  const { store, rooms } = context
  const schedules = await store.schedules.listByUnit(unitId)
  const templateIds = new Set(schedules.map((schedule) => schedule.templateId))
  const records = (await store.documents.listByUnits([unitId])).filter((document) =>
    templateIds.has(document.templateId),
  )
  const documents: ScheduledDocument[] = []
  for (const record of records) {
    const base = {
      id: record.id,
      templateId: record.templateId,
      title: record.title,
      createdOn: shanghaiDate(new Date(record.createdAt)),
    }
    if (meetingTypeOfTemplate(record.templateId) === undefined) {
      documents.push(base)
      continue
    }
    const content = await rooms.readDocument(record.id)
    try {
      const meeting = meetingRecordFromHeader(readMeetingHeader(content).header, record.id)
      documents.push(meeting.ok ? { ...base, meeting: meeting.value } : base)
    } finally {
      content.destroy()
    }
  }
  const calendar = scheduleCalendar({
    schedules: schedules.map((schedule) => ({
      id: schedule.id,
      unitId: schedule.unitId,
      templateId: schedule.templateId,
      frequency: schedule.frequency,
      minimumPerPeriod: schedule.minimumPerPeriod,
      startDate: schedule.startDate,
      ...(schedule.endDate === null ? {} : { endDate: schedule.endDate }),
    })),
    documents,
    from: range.from,
    to: range.to,
    today,
  })
  return { calendar, schedules }
}
