import type { DocumentDomain } from '../domain/DocumentDomain'

/** What the roll-up routes need to know about a template. */
export interface TemplateInfo {
  id: string
  kind: string
  title: string
  schemeId?: string
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** The domain's templates by id (the list `GET /api/templates` serves). */
export function templateIndex(domain: DocumentDomain): Map<string, TemplateInfo> {
  const index = new Map<string, TemplateInfo>()
  for (const entry of domain.listTemplates()) {
    if (!isRecord(entry) || typeof entry.id !== 'string') continue
    index.set(entry.id, {
      id: entry.id,
      kind: typeof entry.kind === 'string' ? entry.kind : '',
      title: typeof entry.title === 'string' ? entry.title : entry.id,
      ...(typeof entry.schemeId === 'string' ? { schemeId: entry.schemeId } : {}),
    })
  }
  return index
}
