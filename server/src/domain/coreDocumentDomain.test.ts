import { builtInTemplates } from '@zhibu/core'
import { describe, expect, it } from 'vitest'
import { demoOrganisation } from '../demo/demoOrganisation'
import { TestServer } from '../testing/TestServer'
import { coreDocumentDomain } from './coreDocumentDomain'

describe('server over the core domain', () => {
  it('serves the built-in templates, seeds demo documents of each, scores and refuses bad transitions', async () => {
    const server = await TestServer.start({ domain: coreDocumentDomain(), demo: true, admin: undefined })
    try {
      const token = await server.login('zhangwei', demoOrganisation.password)
      const templates = await server.request('GET', '/api/templates', { token })
      expect(templates.body.templates.map((template) => template.id)).toEqual(
        builtInTemplates.map((template) => template.id),
      )
      const documents = await server.request('GET', '/api/docs', { token })
      // The demo also seeds months of scheduled minutes, so every template has at least one document.
      const seededTemplates = new Set(
        (documents.body.documents as Array<{ templateId?: string }>).map((document) => document.templateId),
      )
      expect(builtInTemplates.filter((template) => !seededTemplates.has(template.id))).toEqual([])
      const scored = builtInTemplates.find((template) => template.schemeId !== undefined)!
      const unscored = builtInTemplates.find((template) => template.schemeId === undefined)!
      const idOf = (templateId: string): string =>
        (documents.body.documents as Array<{ id: string; templateId?: string }>).find(
          (document) => document.templateId === templateId,
        )!.id
      expect((await server.request('GET', `/api/docs/${idOf(scored.id)}/score`, { token })).status).toBe(200)
      const noScheme = await server.request('GET', `/api/docs/${idOf(unscored.id)}/score`, { token })
      expect(noScheme).toMatchObject({ status: 409, body: { error: { code: 'NO_SCHEME' } } })
      const supervisor = await server.login('duban', demoOrganisation.password)
      const missingRow = await server.request('POST', `/api/docs/${idOf(unscored.id)}/transitions`, {
        token: supervisor,
        body: { rowId: 'no-such-row', to: 'verified' },
      })
      expect(missingRow).toMatchObject({ status: 404, body: { error: { code: 'ROW_NOT_FOUND' } } })
      const unknownStatus = await server.request('POST', `/api/docs/${idOf(unscored.id)}/transitions`, {
        token: supervisor,
        body: { rowId: 'x', to: 'teleported' },
      })
      expect(unknownStatus).toMatchObject({
        status: 409,
        body: { error: { code: 'RECTIFICATION_TRANSITION_UNKNOWN' } },
      })
    } finally {
      await server.close()
    }
  })
})
