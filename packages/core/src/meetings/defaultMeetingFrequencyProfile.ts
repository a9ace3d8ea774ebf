import type { MeetingFrequencyProfile } from './MeetingFrequencyProfile'

/**
 * [S165] Defaults from 支部工作条例 art. 11–13 and published practice: 党员大会 quarterly,
 * 支委会 / 党小组会 / 主题党日 monthly, 组织生活会 and 民主评议 yearly. 党课 has no national
 * cadence; quarterly (每季度至少1次) is the default because it is the commonest local rule, and
 * a unit changes it in its own profile.
 */
export const defaultMeetingFrequencyProfile: MeetingFrequencyProfile = {
  branchAssembly: { cadence: 'quarterly', minimumCount: 1 },
  committee: { cadence: 'monthly', minimumCount: 1 },
  groupMeeting: { cadence: 'monthly', minimumCount: 1 },
  partyLecture: { cadence: 'quarterly', minimumCount: 1 },
  themeDay: { cadence: 'monthly', minimumCount: 1 },
  lifeMeeting: { cadence: 'yearly', minimumCount: 1 },
  memberAppraisal: { cadence: 'yearly', minimumCount: 1 },
}
