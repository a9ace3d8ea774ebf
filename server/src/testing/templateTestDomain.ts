import type { DocumentDomain } from '../domain/DocumentDomain'
import { coreDocumentDomain } from '../domain/coreDocumentDomain'
import { fixtureDomain } from './fixtureDomain'

/** The core domain plus the fixture template, so `seedTestOrganisation` works beside the built-in templates. */
export function templateTestDomain(): DocumentDomain {
  const core = coreDocumentDomain()
  const fixture = fixtureDomain()
  return {
    ...core,
    listTemplates: () => [...core.listTemplates(), ...fixture.listTemplates()],
    initialContent: (templateId, meta) =>
      core.initialContent(templateId, meta) ?? fixture.initialContent(templateId, meta),
  }
}
