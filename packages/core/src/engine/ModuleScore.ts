import type { GroupScore } from './GroupScore'

/** 模块得分 — a module's earned and full points (sums of its groups). */
export interface ModuleScore {
  readonly id: string
  readonly title: string
  readonly earned: number
  readonly full: number
  readonly groups: readonly GroupScore[]
}
