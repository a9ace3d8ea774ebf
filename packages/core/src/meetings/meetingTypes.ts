import type { MeetingType } from './MeetingType'

/** Every meeting type, in the order the 条例 lists them. */
export const meetingTypes: readonly MeetingType[] = [
  'branchAssembly',
  'committee',
  'groupMeeting',
  'partyLecture',
  'themeDay',
  'lifeMeeting',
  'memberAppraisal',
]
