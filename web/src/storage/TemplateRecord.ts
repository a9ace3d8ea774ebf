/** 模板: a template the user can create documents from. */
export interface TemplateRecord {
  id: string
  /** The Chinese name (模板名称). */
  name: string
  /** The English name, when the server has one. */
  nameEn?: string
  kind: string
  version?: number
}
