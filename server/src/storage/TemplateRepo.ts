import type { TemplateDefinition } from '@zhibu/core'
import type { TemplateVersionRecord } from './TemplateVersionRecord'

/** Published template versions (immutable rows) and the document row's template version compare-and-set. */
export interface TemplateRepo {
  /** Inserts each built-in definition as its own version unless that version exists; existing rows are untouched. */
  ensureBuiltIns(templates: readonly TemplateDefinition[], at: string): Promise<void>
  find(templateId: string, version: number): Promise<TemplateVersionRecord | undefined>
  latest(templateId: string): Promise<TemplateVersionRecord | undefined>
  /** Latest published version number per template id. */
  latestVersions(): Promise<Map<string, number>>
  /** Every version of a template, oldest first, without bodies. */
  listVersions(templateId: string): Promise<Omit<TemplateVersionRecord, 'template'>[]>
  /** Inserts version `template.version`; false when that version already exists (someone published first). */
  publish(record: TemplateVersionRecord): Promise<boolean>
  /**
   * `UPDATE documents SET template_version = to WHERE id = docId AND template_version = from`: true when this
   * call moved the row, so exactly one of any number of concurrent upgrades (on any node) wins.
   */
  compareAndSetDocumentVersion(docId: string, from: number, to: number): Promise<boolean>
}
