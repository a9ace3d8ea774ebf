import type { MeetingType } from '../meetings/MeetingType'
import type { TemplateKind } from './TemplateKind'
import type { TemplateNode } from './TemplateNode'

/** 模板: a published, immutable template version a document is created from. */
export interface TemplateDefinition {
  readonly id: string
  /** Published version number; a published version never changes, a new one is published instead. */
  readonly version: number
  readonly kind: TemplateKind
  readonly title: string
  readonly titleEn: string
  /** The scheme checklist blocks score against (certification, star rating). */
  readonly schemeId?: string
  /** For minutes: the meeting type written into the new document's `meeting` map. */
  readonly meetingType?: MeetingType
  /** The document body: the children of ProseMirror's `doc` node. */
  readonly body: readonly TemplateNode[]
}
