import type { TemplateKind } from '../templates/TemplateKind'

/** 文档信息: the content room's `meta` map. */
export interface DocumentMeta {
  readonly docId: string
  readonly templateId: string
  readonly templateVersion: number
  readonly schemeId?: string
  readonly kind: TemplateKind
  readonly title: string
  /** ISO 8601 timestamp chosen by the creating client. */
  readonly createdAt: string
}
