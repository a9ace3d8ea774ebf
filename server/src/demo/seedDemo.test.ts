import { describe, expect, it } from 'vitest'
import { TestServer } from '../testing/TestServer'
import { demoOrganisation } from './demoOrganisation'

describe('demo seed', () => {
  it('seeds users of every role and one document per template, idempotently across restarts', async () => {
    let server = await TestServer.start({ demo: true, admin: undefined })
    try {
      server = await server.restart()
      const editor = await server.login('zhangwei', demoOrganisation.password)
      const documents = await server.request('GET', '/api/docs', { token: editor })
      expect(documents.body.documents).toHaveLength(1)
      expect(documents.body.documents[0]).toMatchObject({ unitId: 'demo-branch-1', role: 'editor' })
      const roles: Record<string, string | undefined> = {}
      for (const user of demoOrganisation.users) {
        const token = await server.login(user.username, demoOrganisation.password)
        const units = await server.request('GET', '/api/units', { token })
        roles[user.username] = units.body.units.find((unit) => unit.id === 'demo-branch-1')?.role
      }
      expect(roles).toEqual({
        admin: 'admin',
        zhangwei: 'editor',
        lina: 'member',
        wangfang: undefined,
        duban: 'supervisor',
        renzheng: 'certifier',
      })
      expect(await server.request('GET', '/api/setup')).toEqual({ status: 200, body: { needed: false } })
    } finally {
      await server.close()
    }
  })
})
