import type { ProblemSource } from './ProblemSource'

/** Every problem source. */
export const problemSources: readonly ProblemSource[] = [
  'inspectionTour',
  'supervision',
  'assessment',
  'lifeMeeting',
  'selfCheck',
  'other',
]
