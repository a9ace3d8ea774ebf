import type { AnswerColumn } from './AnswerColumn'

/**
 * 答卷 — a unit's answers to one scheme: the self-assessment (自查) and the inspector's (考核) column.
 * Per item, the inspector's answer is final where present; both columns are scored and reported.
 * In the Y.Doc, `self` is `getMap('answers')` and `inspector` is the review room's `getMap('inspection')`.
 */
export interface Answers {
  /** 自查: the branch's own answers. */
  readonly self?: AnswerColumn
  /** 考核: the inspector's answers; final where present. */
  readonly inspector?: AnswerColumn
}
