/**
 * 整改状态: open 待整改, in_progress 整改中, submitted 已提交验收, verified 验收通过,
 * closed 已销号, reopened 退回重新整改.
 */
export type RectificationStatus = 'open' | 'in_progress' | 'submitted' | 'verified' | 'closed' | 'reopened'
