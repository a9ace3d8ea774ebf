import type { ProblemSource } from './ProblemSource'

/** Chinese labels for problem sources. */
export const problemSourceLabels: Readonly<Record<ProblemSource, string>> = {
  inspectionTour: '巡察',
  supervision: '督查',
  assessment: '考核',
  lifeMeeting: '组织生活会',
  selfCheck: '自查',
  other: '其他',
}
