/**
 * 会议类型: branchAssembly 支部党员大会, committee 支委会, groupMeeting 党小组会, partyLecture 党课,
 * themeDay 主题党日, lifeMeeting 组织生活会, memberAppraisal 民主评议党员.
 */
export type MeetingType =
  | 'branchAssembly'
  | 'committee'
  | 'groupMeeting'
  | 'partyLecture'
  | 'themeDay'
  | 'lifeMeeting'
  | 'memberAppraisal'
