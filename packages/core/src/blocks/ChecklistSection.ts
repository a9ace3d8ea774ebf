import type { SchemeGroup } from '../scheme/SchemeGroup'
import type { SchemeModule } from '../scheme/SchemeModule'

/** 检查表区段 — the part of a scheme one checklist block shows: a module, or one group of it. */
export interface ChecklistSection {
  readonly module: SchemeModule
  /** the module's groups, or just the one the block names. */
  readonly groups: readonly SchemeGroup[]
}
