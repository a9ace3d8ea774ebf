import type { TestServer } from './TestServer'

/** Ids and tokens of the organisation most server tests use. */
export interface TestOrganisation {
  adminToken: string
  units: { root: string; committee: string; branchA: string; branchB: string }
  users: Record<'editorA' | 'memberA' | 'editorB' | 'supervisor' | 'certifier', { id: string; token: string }>
  docA: string
  docB: string
}

/**
 * 工委 → 机关党委 → 支部A, 支部B; an editor and a member in A, an editor in B, a supervisor and a certifier on the
 * committee; one document in each branch.
 */
export async function seedTestOrganisation(server: TestServer): Promise<TestOrganisation> {
  const adminToken = await server.login('admin', 'admin-password')
  const post = async (route: string, body: unknown): Promise<string> => {
    const response = await server.request('POST', route, { token: adminToken, body })
    if (response.status !== 201 && response.status !== 200)
      throw new Error(`${route}: ${JSON.stringify(response.body)}`)
    return (response.body as { id: string }).id
  }
  const root = await post('/api/units', { name: '工委', kind: 'organisation' })
  const committee = await post('/api/units', { name: '机关党委', kind: 'committee', parentId: root })
  const branchA = await post('/api/units', { name: '支部A', kind: 'branch', parentId: committee })
  const branchB = await post('/api/units', { name: '支部B', kind: 'branch', parentId: committee })
  const specs = [
    ['editorA', branchA, 'editor'],
    ['memberA', branchA, 'member'],
    ['editorB', branchB, 'editor'],
    ['supervisor', committee, 'supervisor'],
    ['certifier', committee, 'certifier'],
  ] as const
  const users = {} as TestOrganisation['users']
  for (const [name, unitId, role] of specs) {
    const id = await post('/api/users', {
      username: name,
      password: 'password-123',
      displayName: `用户${name}`,
    })
    const grant = await server.request('PUT', `/api/units/${unitId}/roles/${id}`, {
      token: adminToken,
      body: { role },
    })
    if (grant.status !== 200) throw new Error(JSON.stringify(grant.body))
    users[name] = { id, token: await server.login(name, 'password-123') }
  }
  const createDoc = async (token: string, unitId: string, title: string): Promise<string> => {
    const response = await server.request('POST', '/api/docs', {
      token,
      body: { unitId, templateId: 'fixture-note', title },
    })
    if (response.status !== 201) throw new Error(JSON.stringify(response.body))
    return (response.body as { id: string }).id
  }
  return {
    adminToken,
    units: { root, committee, branchA, branchB },
    users,
    docA: await createDoc(users.editorA.token, branchA, '支部A文档'),
    docB: await createDoc(users.editorB.token, branchB, '支部B文档'),
  }
}
