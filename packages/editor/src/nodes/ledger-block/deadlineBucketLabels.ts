import type { DeadlineBucket } from '@zhibu/core'

/** 期限分档 labels shown beside a row's deadline. */
export const deadlineBucketLabels: Readonly<Record<DeadlineBucket, string>> = {
  closed: '已完成',
  overdue: '已逾期',
  within10: '剩余10天内',
  within20: '剩余20天内',
  later: '时间充裕',
  noDeadline: '无时限',
  invalidDeadline: '时限无效',
}
