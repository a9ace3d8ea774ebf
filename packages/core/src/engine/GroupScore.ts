import type { ItemScore } from './ItemScore'

/** 项目得分 — a group's earned and full points (sums of its items). */
export interface GroupScore {
  readonly id: string
  readonly title: string
  readonly earned: number
  readonly full: number
  readonly items: readonly ItemScore[]
}
