import type { Absentee } from './Absentee'
import type { MeetingType } from './MeetingType'
import type { MeetingVote } from './MeetingVote'
import type { NonVotingAttendee } from './NonVotingAttendee'
import type { Resolution } from './Resolution'

/**
 * 会议记录表头: the meeting-header block's data, the content room's `getMap('meeting')` with one key
 * per field. Every field is optional because minutes are filled in during and after the meeting.
 */
export interface MeetingHeader {
  readonly type?: MeetingType
  /** 第N次 */
  readonly number?: number
  readonly title?: string
  /** 议题/议程 */
  readonly agenda?: string
  /** 起止时间, `YYYY-MM-DDTHH:mm` local time. */
  readonly startAt?: string
  readonly endAt?: string
  readonly place?: string
  readonly host?: string
  readonly hostPost?: string
  readonly recorder?: string
  readonly dueVoting?: number
  readonly presentVoting?: number
  readonly excludedFromDue?: number
  readonly committeeSize?: number
  readonly absentees?: readonly Absentee[]
  readonly nonVotingAttendees?: readonly NonVotingAttendee[]
  /** 党课: 授课人 and 题目. */
  readonly lecturer?: string
  readonly lectureTitle?: string
  readonly votes?: readonly MeetingVote[]
  readonly resolutions?: readonly Resolution[]
}
