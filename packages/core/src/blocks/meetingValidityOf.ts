import { checkMeetingValidity } from '../meetings/checkMeetingValidity'
import type { MeetingHeader } from '../meetings/MeetingHeader'
import type { MeetingValidity } from '../meetings/MeetingValidity'

/**
 * [B6] Live quorum and vote validity of the minutes being written. Unlike compliance it needs no date:
 * the type and the due and present counts are enough, so the header shows 到会有效 as soon as they are
 * typed. What is still missing is listed by its Chinese field name instead of being assumed.
 */
export function meetingValidityOf(
  header: MeetingHeader,
):
  | { readonly ok: true; readonly value: MeetingValidity }
  | { readonly ok: false; readonly missing: readonly string[] } {
  const missing: string[] = []
  if (header.type === undefined) missing.push('会议类型')
  if (header.dueVoting === undefined) missing.push('应到人数')
  if (header.presentVoting === undefined) missing.push('实到人数')
  if (header.type === undefined || header.dueVoting === undefined || header.presentVoting === undefined) {
    return { ok: false, missing }
  }
  return {
    ok: true,
    value: checkMeetingValidity({
      type: header.type,
      date: header.startAt?.slice(0, 10) ?? '',
      dueVoting: header.dueVoting,
      presentVoting: header.presentVoting,
      ...(header.excludedFromDue === undefined ? {} : { excludedFromDue: header.excludedFromDue }),
      ...(header.committeeSize === undefined ? {} : { committeeSize: header.committeeSize }),
      ...(header.votes === undefined ? {} : { votes: header.votes }),
    }),
  }
}
