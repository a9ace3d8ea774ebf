import type { AppraisalGrade } from './AppraisalGrade'
import { appraisalGrades } from './appraisalGrades'

/** True for the four grade ids; ballots arrive from collaborators and the API as untrusted data. */
export function isAppraisalGrade(value: unknown): value is AppraisalGrade {
  return typeof value === 'string' && (appraisalGrades as readonly string[]).includes(value)
}
