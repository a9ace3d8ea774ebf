import { checkMeetingValidity } from '../meetings/checkMeetingValidity'
import { computeMeetingCompliance } from '../meetings/computeMeetingCompliance'
import type { CalendarDate } from '../meetings/CalendarDate'
import { dayNumberFromDate } from '../meetings/dayNumberFromDate'
import type { MeetingFrequencyProfile } from '../meetings/MeetingFrequencyProfile'
import type { MeetingType } from '../meetings/MeetingType'
import { meetingTypes } from '../meetings/meetingTypes'
import { periodsBetween } from '../meetings/periodsBetween'
import { meetingTypeOfTemplate } from './meetingTypeOfTemplate'
import { periodLabel } from './periodLabel'
import type { Schedule } from './Schedule'
import type { ScheduleCalendarResult } from './ScheduleCalendarResult'
import type { ScheduleCalendarInput } from './ScheduleCalendarInput'
import type { ScheduledDocument } from './ScheduledDocument'
import type { ScheduleIssue } from './ScheduleIssue'
import type { SchedulePeriod } from './SchedulePeriod'
import type { UncountedDocument } from './UncountedDocument'

function onlyType(type: MeetingType, schedule: Schedule): MeetingFrequencyProfile {
  const entries = meetingTypes.map((each) => [
    each,
    each === type ? { cadence: schedule.frequency, minimumCount: schedule.minimumPerPeriod } : null,
  ])
  return Object.fromEntries(entries) as MeetingFrequencyProfile
}

function scheduleProblem(schedule: Schedule, index: number): ScheduleIssue | undefined {
  const path = `schedules[${index}]`
  if (!Number.isInteger(schedule.minimumPerPeriod) || schedule.minimumPerPeriod < 1)
    return { code: 'SCHEDULE_INVALID', path: `${path}.minimumPerPeriod`, message: '每期次数须为正整数' }
  const start = dayNumberFromDate(schedule.startDate)
  if (start === undefined)
    return { code: 'SCHEDULE_INVALID', path: `${path}.startDate`, message: '开始日期无效' }
  if (schedule.endDate !== undefined) {
    const end = dayNumberFromDate(schedule.endDate)
    if (end === undefined || end < start)
      return { code: 'SCHEDULE_INVALID', path: `${path}.endDate`, message: '结束日期无效或早于开始日期' }
  }
  return undefined
}

/**
 * [S268] Minutes of the schedule's template that will not count: undated or incomplete ones always, dated ones when
 * their day lies in the range.
 */
function uncountedMinutes(
  scheduleId: string,
  meetingType: MeetingType,
  documents: readonly ScheduledDocument[],
  range: { readonly from: CalendarDate; readonly to: CalendarDate },
): UncountedDocument[] {
  return documents.flatMap((document): UncountedDocument[] => {
    const base = { scheduleId, id: document.id, title: document.title }
    const meeting = document.meeting
    if (meeting === undefined) return [{ ...base, reason: 'incomplete' }]
    if (meeting.date < range.from || meeting.date > range.to) return []
    if (meeting.type !== meetingType) return [{ ...base, reason: 'otherType', date: meeting.date }]
    const quorum = checkMeetingValidity(meeting).quorum.status
    return quorum === 'met' || quorum === 'notApplicable'
      ? []
      : [{ ...base, reason: 'noQuorum', date: meeting.date }]
  })
}

const later = (left: CalendarDate, right: CalendarDate): CalendarDate => (left > right ? left : right)
const earlier = (left: CalendarDate, right: CalendarDate): CalendarDate => (left < right ? left : right)

/**
 * [S260]–[S266] Lays every schedule out on the calendar between `from` and `to` (both `YYYY-MM-DD`, clipped to
 * the schedule's own start and end). Minutes templates reuse `computeMeetingCompliance` ([S165]–[S169]): only
 * minutes of the schedule's template with a complete header count, and not when the quorum failed. Other
 * templates count a document in the period it was created in.
 */
export function scheduleCalendar(input: ScheduleCalendarInput): ScheduleCalendarResult {
  const meetingTypeOf = input.meetingTypeOf ?? meetingTypeOfTemplate
  const issues: ScheduleIssue[] = []
  const today = dayNumberFromDate(input.today)
  const fromDay = dayNumberFromDate(input.from)
  const toDay = dayNumberFromDate(input.to)
  if (today === undefined || fromDay === undefined || toDay === undefined || fromDay > toDay) {
    issues.push({ code: 'MEETING_RANGE_INVALID', path: 'range', message: '起止日期或今天的日期无效' })
    return { periods: [], done: 0, missing: 0, upcoming: 0, issues, uncounted: [] }
  }
  const periods: SchedulePeriod[] = []
  const uncounted: UncountedDocument[] = []
  input.schedules.forEach((schedule, index) => {
    const problem = scheduleProblem(schedule, index)
    if (problem !== undefined) {
      issues.push(problem)
      return
    }
    const from = later(input.from, schedule.startDate)
    const to = schedule.endDate === undefined ? input.to : earlier(input.to, schedule.endDate)
    if (from > to) return
    const documents = input.documents.filter((document) => document.templateId === schedule.templateId)
    const meetingType = meetingTypeOf(schedule.templateId)
    const base = { scheduleId: schedule.id, templateId: schedule.templateId }
    const dated = (document: ScheduledDocument) => ({
      id: document.id,
      title: document.title,
      date: document.meeting?.date ?? document.createdOn,
    })
    if (meetingType !== undefined) {
      const meetings = documents.flatMap((document) =>
        document.meeting === undefined || document.meeting.type !== meetingType
          ? []
          : [{ ...document.meeting, id: document.id }],
      )
      uncounted.push(...uncountedMinutes(schedule.id, meetingType, documents, { from, to }))
      const compliance = computeMeetingCompliance({
        meetings,
        from,
        to,
        today: input.today,
        profile: onlyType(meetingType, schedule),
      })
      issues.push(...compliance.issues)
      const byId = new Map(documents.map((document) => [document.id, document]))
      for (const period of compliance.periods) {
        const counted = period.meetingIds.flatMap((id) => {
          const document = byId.get(id)
          return document === undefined ? [] : [dated(document)]
        })
        periods.push({
          ...base,
          meetingType,
          key: period.key,
          label: periodLabel(period.key),
          start: period.start,
          end: period.end,
          required: period.required,
          held: period.held,
          status: period.status,
          current: period.start <= input.today && input.today <= period.end,
          documents: counted.sort((left, right) =>
            left.date < right.date ? -1 : left.date > right.date ? 1 : 0,
          ),
        })
      }
      return
    }
    for (const period of periodsBetween(schedule.frequency, from, to)) {
      const counted = documents
        .filter((document) => document.createdOn >= period.start && document.createdOn <= period.end)
        .map(dated)
        .sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0))
      const end = dayNumberFromDate(period.end) ?? 0
      const status =
        counted.length >= schedule.minimumPerPeriod ? 'done' : end < today ? 'missing' : 'upcoming'
      periods.push({
        ...base,
        key: period.key,
        label: periodLabel(period.key),
        start: period.start,
        end: period.end,
        required: schedule.minimumPerPeriod,
        held: counted.length,
        status,
        current: period.start <= input.today && input.today <= period.end,
        documents: counted,
      })
    }
  })
  const countOf = (status: SchedulePeriod['status']): number =>
    periods.filter((period) => period.status === status).length
  return {
    periods,
    done: countOf('done'),
    missing: countOf('missing'),
    upcoming: countOf('upcoming'),
    issues,
    uncounted,
  }
}
