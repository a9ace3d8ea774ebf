import type { SchemeItem } from './SchemeItem'

/** 考核项目 / 标准 — a group of items inside a module. */
export interface SchemeGroup {
  readonly id: string
  readonly title: string
  readonly description?: string
  /** the subtotal the source prints for this group; a mismatch with its items is a warning, never corrected. */
  readonly declaredPoints?: number
  readonly items: readonly SchemeItem[]
}
