import type { TemplateDiffChange } from '../../api/DocumentExtrasApi'

/** The order the diff dialog shows its groups in: 新增, 删除, 调整归属, 文字修改. */
export const templateChangeKinds: readonly TemplateDiffChange['kind'][] = [
  'added',
  'removed',
  'repointed',
  'textChanged',
]

/** A non-empty group of changes of one kind. */
export interface TemplateChangeGroup {
  kind: TemplateDiffChange['kind']
  changes: TemplateDiffChange[]
}

/** Groups a template diff by kind, in {@link templateChangeKinds} order, leaving out empty groups. */
export function groupTemplateChanges(changes: readonly TemplateDiffChange[]): TemplateChangeGroup[] {
  return templateChangeKinds
    .map((kind) => ({ kind, changes: changes.filter((change) => change.kind === kind) }))
    .filter((group) => group.changes.length > 0)
}
