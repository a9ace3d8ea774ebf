/** 问题来源: 巡察 inspectionTour, 督查 supervision, 考核 assessment, 组织生活会 lifeMeeting, 自查 selfCheck. */
export type ProblemSource =
  'inspectionTour' | 'supervision' | 'assessment' | 'lifeMeeting' | 'selfCheck' | 'other'
