import type { CalendarDate } from '../meetings/CalendarDate'

/**
 * 未计入的会议记录: minutes of a scheduled template that did not count, so a red cell can say why —
 * `incomplete` header (no date, type or counts, [S169]), `otherType` (the header names another meeting type) or
 * `noQuorum` (the quorum was not met or the counts are impossible, [S167]).
 */
export interface UncountedDocument {
  readonly scheduleId: string
  readonly id: string
  readonly title: string
  readonly reason: 'incomplete' | 'otherType' | 'noQuorum'
  /** the meeting day, when the header has one. */
  readonly date?: CalendarDate
}
