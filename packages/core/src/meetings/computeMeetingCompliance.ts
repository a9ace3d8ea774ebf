import { checkMeetingValidity } from './checkMeetingValidity'
import { dayNumberFromDate } from './dayNumberFromDate'
import { defaultMeetingFrequencyProfile } from './defaultMeetingFrequencyProfile'
import type { MeetingCompliance } from './MeetingCompliance'
import type { MeetingComplianceInput } from './MeetingComplianceInput'
import type { MeetingIssue } from './MeetingIssue'
import type { MeetingRecord } from './MeetingRecord'
import { meetingTypes } from './meetingTypes'
import type { PeriodCompliance } from './PeriodCompliance'
import { periodsBetween } from './periodsBetween'

/**
 * [S165]–[S168] Per type and period, whether enough meetings were held. A meeting counts in the
 * period containing its date unless its quorum was not met ([S167]); a period is done when enough
 * counted, missing when it ended before `today` without enough, upcoming otherwise (the current
 * period stays upcoming until its last day has passed). With `groupIds`, each 党小组 is tracked on
 * its own and a group meeting counts only for its group.
 */
export function computeMeetingCompliance(input: MeetingComplianceInput): MeetingCompliance {
  const profile = input.profile ?? defaultMeetingFrequencyProfile
  const issues: MeetingIssue[] = []
  const fromDay = dayNumberFromDate(input.from)
  const toDay = dayNumberFromDate(input.to)
  const today = dayNumberFromDate(input.today)
  if (fromDay === undefined || toDay === undefined || today === undefined || fromDay > toDay) {
    issues.push({ code: 'MEETING_RANGE_INVALID', path: 'range', message: '起止日期或今天的日期无效' })
    return { periods: [], done: 0, missing: 0, upcoming: 0, issues }
  }
  const counted: { record: MeetingRecord; day: number; id: string }[] = []
  input.meetings.forEach((record, index) => {
    const day = dayNumberFromDate(record.date)
    if (day === undefined) {
      const path = `meetings[${index}].date`
      issues.push({ code: 'MEETING_DATE_INVALID', path, message: `会议日期无效: ${record.date}` })
      return
    }
    const quorum = checkMeetingValidity(record).quorum.status
    if (quorum === 'met' || quorum === 'notApplicable') {
      counted.push({ record, day, id: record.id ?? `meetings[${index}]` })
    }
  })
  const periods: PeriodCompliance[] = []
  for (const type of meetingTypes) {
    const frequency = profile[type]
    if (frequency === null) continue
    const groups: readonly (string | undefined)[] =
      type === 'groupMeeting' && input.groupIds !== undefined ? input.groupIds : [undefined]
    for (const groupId of groups) {
      for (const period of periodsBetween(frequency.cadence, input.from, input.to)) {
        const start = dayNumberFromDate(period.start) ?? 0
        const end = dayNumberFromDate(period.end) ?? 0
        const held = counted.filter(
          (entry) =>
            entry.record.type === type &&
            (groupId === undefined || entry.record.groupId === groupId) &&
            entry.day >= start &&
            entry.day <= end,
        )
        const status = held.length >= frequency.minimumCount ? 'done' : end < today ? 'missing' : 'upcoming'
        periods.push({
          ...period,
          type,
          ...(groupId === undefined ? {} : { groupId }),
          required: frequency.minimumCount,
          held: held.length,
          status,
          meetingIds: held.map((entry) => entry.id),
        })
      }
    }
  }
  const countOf = (status: PeriodCompliance['status']): number =>
    periods.filter((period) => period.status === status).length
  return {
    periods,
    done: countOf('done'),
    missing: countOf('missing'),
    upcoming: countOf('upcoming'),
    issues,
  }
}
