import { randomBytes } from 'node:crypto'
import { api } from './api'

/** Creates a fresh document from a template through the API, so each spec works on its own copy. */
export async function createDocument(
  baseUrl: string,
  token: string,
  body: { unitId: string; templateId: string; title: string },
): Promise<string> {
  const id = `e2e-${randomBytes(9).toString('base64url')}`
  await api(baseUrl, 'POST', '/api/docs', { id, ...body }, token)
  return id
}
