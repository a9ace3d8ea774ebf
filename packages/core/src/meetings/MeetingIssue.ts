/** A coded problem in meeting data, with a path into the record and a Chinese message. */
export interface MeetingIssue {
  readonly code:
    | 'MEETING_COUNT_INVALID'
    | 'MEETING_PRESENT_EXCEEDS_DUE'
    | 'MEETING_EXCLUDED_EXCEEDS_DUE'
    | 'MEETING_COMMITTEE_SIZE_MISSING'
    | 'MEETING_VOTES_EXCEED_PRESENT'
    | 'MEETING_DATE_INVALID'
    | 'MEETING_RANGE_INVALID'
  readonly path: string
  readonly message: string
}
