import type { TemplateChange } from './TemplateChange'

/** 模板更新内容: what publishing `to` changed since `from`, blocks first, then text, then items. */
export interface TemplateDiff {
  readonly fromVersion: number
  readonly toVersion: number
  readonly changes: readonly TemplateChange[]
}
