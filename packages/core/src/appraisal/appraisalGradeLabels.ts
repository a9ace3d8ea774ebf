import type { AppraisalGrade } from './AppraisalGrade'

/** Chinese grade names as printed on the 测评表. */
export const appraisalGradeLabels: Readonly<Record<AppraisalGrade, string>> = {
  excellent: '优秀',
  qualified: '合格',
  basicallyQualified: '基本合格',
  unqualified: '不合格',
}
