import type { SpawnedNode } from './spawnNode'
import { requestJson } from './requestJson'

/** Logs in as the nodes' admin and creates a unit and one document through `node`: what every scale-out test edits. */
export async function createSharedDocument(
  node: SpawnedNode,
): Promise<{ token: string; unitId: string; docId: string }> {
  const { token } = await requestJson(`${node.url}/api/auth/login`, 'POST', {
    username: 'admin',
    password: 'admin-password',
  })
  const { id: unitId } = await requestJson(
    `${node.url}/api/units`,
    'POST',
    { name: '第一党支部', kind: 'branch' },
    token,
  )
  const { templates } = await requestJson(`${node.url}/api/templates`, 'GET', undefined, token)
  const { id: docId } = await requestJson(
    `${node.url}/api/docs`,
    'POST',
    { unitId, templateId: templates[0]!.id, title: '多节点' },
    token,
  )
  return { token, unitId, docId }
}
