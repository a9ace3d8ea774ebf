import type { TemplateDefinition } from '@zhibu/core'

/** One published template version as stored. */
export interface TemplateVersionRecord {
  templateId: string
  version: number
  template: TemplateDefinition
  note: string | null
  /** A user id, or `system` for the built-in versions shipped with the product. */
  publishedBy: string
  publishedAt: string
}
