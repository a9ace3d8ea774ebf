/** 决议 / 后续任务: a decision, optionally turned into a 任务清单 row (taskId). */
export interface Resolution {
  readonly id: string
  readonly text: string
  readonly owner?: string
  readonly deadline?: string
  readonly taskId?: string
}
