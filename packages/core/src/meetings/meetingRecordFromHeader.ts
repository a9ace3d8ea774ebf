import { dayNumberFromDate } from './dayNumberFromDate'
import type { MeetingHeader } from './MeetingHeader'
import type { MeetingIssue } from './MeetingIssue'
import type { MeetingRecord } from './MeetingRecord'

/**
 * [S169] The compliance and validity input from a meeting header: needs the type, a start time
 * whose date part is a real date, and the due and present counts. Missing data is reported, never
 * assumed, so an unfinished set of minutes does not count as a meeting held.
 */
export function meetingRecordFromHeader(
  header: MeetingHeader,
  id?: string,
):
  | { readonly ok: true; readonly value: MeetingRecord }
  | { readonly ok: false; readonly issues: readonly MeetingIssue[] } {
  const issues: MeetingIssue[] = []
  const date = header.startAt?.slice(0, 10) ?? ''
  if (dayNumberFromDate(date) === undefined)
    issues.push({ code: 'MEETING_DATE_INVALID', path: 'startAt', message: '会议时间未填或无效' })
  if (header.type === undefined)
    issues.push({ code: 'MEETING_COUNT_INVALID', path: 'type', message: '会议类型未填' })
  if (header.dueVoting === undefined)
    issues.push({ code: 'MEETING_COUNT_INVALID', path: 'dueVoting', message: '应到人数未填' })
  if (header.presentVoting === undefined)
    issues.push({ code: 'MEETING_COUNT_INVALID', path: 'presentVoting', message: '实到人数未填' })
  if (
    header.type === undefined ||
    header.dueVoting === undefined ||
    header.presentVoting === undefined ||
    issues.length > 0
  ) {
    return { ok: false, issues }
  }
  return {
    ok: true,
    value: {
      type: header.type,
      date,
      dueVoting: header.dueVoting,
      presentVoting: header.presentVoting,
      ...(id === undefined ? {} : { id }),
      ...(header.excludedFromDue === undefined ? {} : { excludedFromDue: header.excludedFromDue }),
      ...(header.committeeSize === undefined ? {} : { committeeSize: header.committeeSize }),
      ...(header.votes === undefined ? {} : { votes: header.votes }),
    },
  }
}
