import type { CalendarDocument, CalendarPeriod, CalendarStatus } from './CalendarPeriod'
import { readBoolean } from './readBoolean'
import { readField } from './readField'
import { readList } from './readList'
import { readRecord } from './readRecord'

const statuses: readonly string[] = ['done', 'missing', 'upcoming']

function parseCalendarDocument(value: unknown): CalendarDocument | null {
  const id = readField(value, 'id')
  if (id === undefined) return null
  return { id, title: readField(value, 'title') ?? id, date: readField(value, 'date') ?? '' }
}

/** One period of `GET /api/units/:id/calendar`; entries without a schedule, dates or a known status are dropped. */
export function parseCalendarPeriod(value: unknown): CalendarPeriod | null {
  const scheduleId = readField(value, 'scheduleId')
  const range = readRecord(value, 'period')
  const start = readField(range, 'start')
  const end = readField(range, 'end')
  const status = readField(value, 'status')
  if (scheduleId === undefined || start === undefined || end === undefined) return null
  if (status === undefined || !statuses.includes(status)) return null
  const period: CalendarPeriod = {
    scheduleId,
    templateId: readField(value, 'templateId') ?? '',
    kind: readField(value, 'kind') ?? 'other',
    title: readField(value, 'title') ?? readField(value, 'templateId') ?? scheduleId,
    period: { start, end, label: readField(range, 'label') ?? start },
    status: status as CalendarStatus,
    documents: readList(value, 'documents')
      .map(parseCalendarDocument)
      .filter((document): document is CalendarDocument => document !== null),
  }
  const current = readBoolean(value, 'current')
  if (current !== undefined) period.current = current
  return period
}
