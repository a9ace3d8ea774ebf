/** 台账类别: tasks 任务清单, problems 问题清单, rectification 整改清单. */
export type LedgerKind = 'tasks' | 'problems' | 'rectification'
