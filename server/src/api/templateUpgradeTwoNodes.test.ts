import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { tiantaiCertificationTemplate } from '@zhibu/core'
import { createPostgresTestDatabase } from '../scaleout/postgresTestDatabase'
import { testRedisUrl, uniqueRedisPrefix } from '../scaleout/testRedisUrl'
import { connectProvider, waitForSync } from '../testing/connectProvider'
import { seedTestOrganisation } from '../testing/seedTestOrganisation'
import { templateTestDomain } from '../testing/templateTestDomain'
import { TestServer } from '../testing/TestServer'
import { waitFor } from '../testing/waitFor'

const cleanups: (() => Promise<unknown> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe('template upgrade on two nodes sharing Postgres and Redis', () => {
  it('concurrent upgrade requests spread over both nodes apply the upgrade exactly once', async () => {
    const database = await createPostgresTestDatabase()
    cleanups.push(() => database.drop())
    const shared = { databaseUrl: database.url, redisUrl: testRedisUrl, redisPrefix: uniqueRedisPrefix() }
    const first = await TestServer.start({ ...shared, domain: templateTestDomain() })
    cleanups.push(() => first.close())
    const second = await TestServer.start({ ...shared, domain: templateTestDomain() })
    cleanups.push(() => second.close())
    const org = await seedTestOrganisation(first)
    const created = await first.request('POST', '/api/docs', {
      token: org.users.editorA.token,
      body: { unitId: org.units.branchA, templateId: tiantaiCertificationTemplate.id, title: '两节点认证' },
    })
    const docId = created.body.id
    const body = tiantaiCertificationTemplate.body.flatMap((node) =>
      node.type === 'checklistBlock' && node.attrs?.['moduleId'] === 'tiantai.jiafen'
        ? [{ type: 'ledgerBlock', attrs: { ledgerKind: 'rectification' } }]
        : [node],
    )
    await first.running.store.templates.publish({
      templateId: tiantaiCertificationTemplate.id,
      version: 2,
      template: { ...tiantaiCertificationTemplate, version: 2, body },
      note: null,
      publishedBy: 'test',
      publishedAt: new Date().toISOString(),
    })
    // One client on each node, both holding an answer the upgrade archives and one it keeps.
    const replicas = [first, second].map((server) => {
      const doc = new Y.Doc()
      const provider = connectProvider(server.syncUrl, docId, org.users.editorA.token, { doc, ack: true })
      cleanups.push(() => provider.destroy())
      return { doc, provider }
    })
    await Promise.all(replicas.map((replica) => waitForSync(replica.provider)))
    const answer = new Y.Map<unknown>()
    answer.set('note', '特色工作')
    replicas[0]!.doc.getMap('answers').set('tiantai.jiafen.1', answer)
    const kept = new Y.Map<unknown>()
    kept.set('note', '组织设置')
    replicas[1]!.doc.getMap('answers').set('tiantai.zuzhi.1', kept)
    await waitFor(
      'answers on both replicas',
      () => replicas.every((replica) => replica.doc.getMap('answers').size === 2) || undefined,
    )

    const tokens = [org.users.editorA.token, org.adminToken]
    const clicks = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((index) =>
        (index % 2 === 0 ? first : second).request('POST', `/api/docs/${docId}/upgrade`, {
          token: tokens[index % 2],
          body: { toVersion: 2 },
        }),
      ),
    )
    expect(clicks.map((click) => click.status)).toEqual([200, 200, 200, 200, 200, 200])
    const applied = clicks.filter((click) => (click.body as unknown as { applied: boolean }).applied)
    expect(applied).toHaveLength(1)

    await waitFor(
      'both replicas upgraded',
      () => replicas.every((replica) => replica.doc.getMap('meta').get('templateVersion') === 2) || undefined,
    )
    await waitFor(
      'replicas converge',
      () =>
        replicas[0]!.doc.getXmlFragment('default').toJSON() ===
          replicas[1]!.doc.getXmlFragment('default').toJSON() || undefined,
    )
    for (const { doc } of replicas) {
      const names = doc
        .getXmlFragment('default')
        .toArray()
        .map((child) => (child as Y.XmlElement).nodeName)
      expect(names.filter((name) => name === 'ledgerBlock')).toHaveLength(1)
      expect(names.filter((name) => name === 'checklistBlock')).toHaveLength(6)
      expect(doc.getMap('answers').toJSON()).toEqual({ 'tiantai.zuzhi.1': { note: '组织设置' } })
      expect(Object.keys(doc.getMap('archivedAnswers').toJSON())).toEqual(['1:tiantai.jiafen.1'])
    }
  }, 30_000)
})
