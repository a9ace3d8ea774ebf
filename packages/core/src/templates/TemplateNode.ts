import type { TemplateMark } from './TemplateMark'

/**
 * A node of a template body in ProseMirror JSON form. Block types: StarterKit's `heading {level}`,
 * `paragraph`, `bulletList`, `listItem`, `text`, and Zhibu's `meetingHeader`, `ledgerBlock
 * {ledgerKind}`, `appraisalBlock`, `checklistBlock {schemeId, moduleId, groupId?}` and
 * `scoreSummary {schemeId}` (implemented as Tiptap nodes with exactly these names and attrs).
 */
export interface TemplateNode {
  readonly type: string
  readonly attrs?: Readonly<Record<string, string | number | boolean | null>>
  readonly content?: readonly TemplateNode[]
  /** Only on `text` nodes. */
  readonly text?: string
  readonly marks?: readonly TemplateMark[]
}
