/**
 * 期限分档: closed 已完成/销号, overdue 已逾期, within10 剩余≤10天, within20 剩余≤20天,
 * later 更多, noDeadline 无时限 (长期坚持), invalidDeadline 时限不是有效日期.
 */
export type DeadlineBucket =
  'closed' | 'overdue' | 'within10' | 'within20' | 'later' | 'noDeadline' | 'invalidDeadline'
