import type { TemplateAttrs } from './TemplateAttrs'

/** 变更类别: 新增, 删除, 调整归属 (re-pointed), 文字修改. */
export type TemplateChangeKind = 'added' | 'removed' | 'repointed' | 'textChanged'

/**
 * One difference between two template versions, ready to show: `from`/`to` are zh-CN labels (a block's
 * title, a heading's text, an item's title or location or changed field value).
 * - `subject: 'block'`: a living block; `id` is its node type, `fromAttrs`/`toAttrs` its binding.
 * - `subject: 'text'`: a heading, paragraph or list of the template's own text; `id` is its node type.
 * - `subject: 'item'`: a scheme item the checklist blocks reach; `id` is the item id, `field` says what
 *   changed for `textChanged` (title, description or points).
 * `fromIndex`/`toIndex` are positions in the versions' block, text or item lists.
 */
export interface TemplateChange {
  readonly kind: TemplateChangeKind
  readonly subject: 'block' | 'text' | 'item'
  readonly id: string
  readonly field?: 'title' | 'description' | 'points'
  readonly from?: string
  readonly to?: string
  readonly fromAttrs?: TemplateAttrs
  readonly toAttrs?: TemplateAttrs
  readonly fromIndex?: number
  readonly toIndex?: number
}
