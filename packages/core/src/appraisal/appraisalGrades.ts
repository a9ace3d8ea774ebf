import type { AppraisalGrade } from './AppraisalGrade'

/** The four grades of the 民主测评 ballot, best first. */
export const appraisalGrades: readonly AppraisalGrade[] = [
  'excellent',
  'qualified',
  'basicallyQualified',
  'unqualified',
]
