import type { MeetingType } from './MeetingType'

/** Chinese names of meeting types as written in minutes. */
export const meetingTypeLabels: Readonly<Record<MeetingType, string>> = {
  branchAssembly: '支部党员大会',
  committee: '支委会',
  groupMeeting: '党小组会',
  partyLecture: '党课',
  themeDay: '主题党日',
  lifeMeeting: '组织生活会',
  memberAppraisal: '民主评议党员',
}
