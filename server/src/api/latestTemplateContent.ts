import * as Y from 'yjs'
import { initDocumentFromTemplate } from '@zhibu/core'
import type { DocumentDomain, InitialContent } from '../domain/DocumentDomain'
import type { Store } from '../storage/Store'
import { ensureBuiltInTemplates } from './ensureBuiltInTemplates'

/**
 * A new document's first state from the latest published version of one of the domain's templates; the
 * domain's own content for a template that has no stored versions (test domains). Undefined when unknown.
 */
export async function latestTemplateContent(
  store: Store,
  domain: DocumentDomain,
  templateId: string,
  meta: { docId: string; title: string; createdAt: string },
): Promise<InitialContent | undefined> {
  const listed = domain
    .listTemplates()
    .some(
      (entry) => typeof entry === 'object' && entry !== null && (entry as { id?: unknown }).id === templateId,
    )
  if (!listed) return undefined
  await ensureBuiltInTemplates(store)
  const latest = await store.templates.latest(templateId)
  if (latest === undefined) return domain.initialContent(templateId, meta)
  const doc = new Y.Doc()
  const result = initDocumentFromTemplate(doc, latest.template, meta)
  if (!result.ok) throw new Error(`template ${templateId} failed to initialise: ${result.error.message}`)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return { update, templateVersion: String(latest.version), kind: latest.template.kind }
}
