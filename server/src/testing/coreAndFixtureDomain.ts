import type { DocumentDomain } from '../domain/DocumentDomain'
import { coreDocumentDomain } from '../domain/coreDocumentDomain'
import { fixtureDomain } from './fixtureDomain'

/**
 * The real core domain plus the fixture template, so `seedTestOrganisation` (which creates fixture notes) works
 * in tests that need real minutes, forms, ledgers and appraisal documents.
 */
export function coreAndFixtureDomain(): DocumentDomain {
  const core = coreDocumentDomain()
  const fixture = fixtureDomain()
  return {
    ...core,
    listTemplates: () => [...core.listTemplates(), ...fixture.listTemplates()],
    initialContent: (templateId, meta) =>
      core.initialContent(templateId, meta) ?? fixture.initialContent(templateId, meta),
  }
}
