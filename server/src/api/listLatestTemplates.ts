import type { DocumentDomain } from '../domain/DocumentDomain'
import type { Store } from '../storage/Store'
import { ensureBuiltInTemplates } from './ensureBuiltInTemplates'

/** `GET /api/templates`: the domain's templates, each with `version` = its latest published version. */
export async function listLatestTemplates(store: Store, domain: DocumentDomain): Promise<unknown[]> {
  await ensureBuiltInTemplates(store)
  const latest = await store.templates.latestVersions()
  return domain.listTemplates().map((entry) => {
    if (typeof entry !== 'object' || entry === null) return entry
    const id = (entry as { id?: unknown }).id
    const version = typeof id === 'string' ? latest.get(id) : undefined
    return version === undefined ? entry : { ...entry, version }
  })
}
