import type { SchemeGroup } from './SchemeGroup'

/** 模块 / 基本要素 — the top level of a scheme (e.g. 基本组织). */
export interface SchemeModule {
  readonly id: string
  readonly title: string
  readonly description?: string
  /** the subtotal the source prints for this module; a mismatch with its items is a warning. */
  readonly declaredPoints?: number
  readonly groups: readonly SchemeGroup[]
}
