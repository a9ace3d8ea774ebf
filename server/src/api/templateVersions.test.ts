import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { tiantaiCertificationTemplate, type TemplateDefinition, type TemplateDiff } from '@zhibu/core'
import { connectProvider, waitForSync } from '../testing/connectProvider'
import { seedTestOrganisation, type TestOrganisation } from '../testing/seedTestOrganisation'
import { templateTestDomain } from '../testing/templateTestDomain'
import { TestServer } from '../testing/TestServer'
import { waitFor } from '../testing/waitFor'
import type { WebsocketProvider } from 'y-websocket'

const templateId = tiantaiCertificationTemplate.id
const schemeId = tiantaiCertificationTemplate.schemeId!

interface Loose {
  [key: string]: unknown
}

const cleanups: (() => Promise<void> | void)[] = []
const anyString: unknown = expect.any(String)
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function startServer(overrides: Parameters<typeof TestServer.start>[0] = {}): Promise<TestServer> {
  const server = await TestServer.start({ domain: templateTestDomain(), ...overrides })
  cleanups.push(() => server.close())
  return server
}

function connect(server: TestServer, room: string, token: string, doc = new Y.Doc()): WebsocketProvider {
  const provider = connectProvider(server.syncUrl, room, token, { doc, ack: true })
  cleanups.push(() => provider.destroy())
  return provider
}

async function call(server: TestServer, method: string, route: string, token: string, body?: unknown) {
  const response = await server.request(method, route, { token, ...(body === undefined ? {} : { body }) })
  return { status: response.status, body: response.body as unknown as Loose }
}

async function createCertification(server: TestServer, org: TestOrganisation): Promise<string> {
  const created = await call(server, 'POST', '/api/docs', org.users.editorA.token, {
    unitId: org.units.branchA,
    templateId,
    title: '2026年度标准化认证',
  })
  expect(created.status).toBe(201)
  return created.body['id'] as string
}

function moduleElementIndex(fragment: Y.XmlFragment, moduleId: string): number {
  return fragment
    .toArray()
    .findIndex((child) => child instanceof Y.XmlElement && child.getAttribute('moduleId') === moduleId)
}

function answer(doc: Y.Doc, itemId: string, note: string): void {
  const entry = new Y.Map<unknown>()
  entry.set('note', note)
  doc.getMap('answers').set(itemId, entry)
}

/** Version 2 as the server would store it: 加分 dropped, an 整改清单 after 基本保障. */
function version2(): TemplateDefinition {
  const body = tiantaiCertificationTemplate.body.flatMap((node) =>
    node.type === 'checklistBlock' && node.attrs?.['moduleId'] === 'tiantai.jiafen'
      ? [{ type: 'ledgerBlock', attrs: { ledgerKind: 'rectification' } }]
      : [node],
  )
  return { ...tiantaiCertificationTemplate, version: 2, body }
}

describe('living-template versions over HTTP and sync', () => {
  it('admins co-edit a draft, publish version 2, and documents upgrade once, keeping every answer', async () => {
    const server = await startServer()
    const org = await seedTestOrganisation(server)
    const editor = org.users.editorA.token
    const listed = await call(server, 'GET', '/api/templates', editor)
    expect((listed.body['templates'] as Loose[]).find((entry) => entry['id'] === templateId)).toMatchObject({
      version: 1,
      kind: 'certification',
      schemeId,
    })
    const docId = await createCertification(server, org)

    // The branch fills in two answers: one to an item version 2 keeps, one to an item it drops.
    const editing = new Y.Doc()
    const editorProvider = connect(server, docId, editor, editing)
    await waitForSync(editorProvider)
    answer(editing, 'tiantai.zuzhi.1', '组织设置规范')
    answer(editing, 'tiantai.jiafen.1', '特色工作')
    await waitFor('answers stored', async () => {
      const stored = await server.running.rooms.readDocument(docId)
      return stored.getMap('answers').size === 2 || undefined
    })

    expect((await call(server, 'GET', `/api/templates/${templateId}/versions`, editor)).body).toEqual({
      versions: [{ version: 1, publishedAt: anyString, publishedBy: 'system', note: '内置模板' }],
    })
    expect(
      (
        await call(server, 'POST', `/api/templates/${templateId}/drafts`, editor, {
          unitId: org.units.committee,
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await call(server, 'POST', `/api/templates/${templateId}/drafts`, org.adminToken, {
          unitId: org.units.branchA,
        })
      ).body,
    ).toMatchObject({ error: { code: 'UNIT_KIND_INVALID' } })
    const drafted = await call(server, 'POST', `/api/templates/${templateId}/drafts`, org.adminToken, {
      unitId: org.units.committee,
    })
    expect(drafted.status).toBe(201)
    const draftDocId = drafted.body['docId'] as string
    expect((await call(server, 'GET', `/api/templates/${templateId}/drafts`, org.adminToken)).body).toEqual({
      drafts: [expect.objectContaining({ docId: draftDocId, unitId: org.units.committee, baseVersion: 1 })],
    })
    expect((await call(server, 'GET', `/api/templates/${templateId}/drafts`, editor)).status).toBe(403)

    // The admin edits the draft through the ordinary sync room: first with a bad binding, then fixed.
    const draft = new Y.Doc()
    const draftProvider = connect(server, draftDocId, org.adminToken, draft)
    await waitForSync(draftProvider)
    const fragment = draft.getXmlFragment('default')
    const broken = new Y.XmlElement('checklistBlock')
    broken.setAttribute('schemeId', schemeId)
    broken.setAttribute('moduleId', 'tiantai.nope')
    draft.transact(() => {
      fragment.delete(moduleElementIndex(fragment, 'tiantai.jiafen'), 1)
      fragment.insert(fragment.length - 1, [broken])
    })
    await waitFor('draft stored', async () => {
      const stored = await server.running.rooms.readDocument(draftDocId)
      return moduleElementIndex(stored.getXmlFragment('default'), 'tiantai.nope') >= 0 || undefined
    })
    const refused = await call(server, 'POST', `/api/templates/${templateId}/publish`, org.adminToken, {
      draftDocId,
    })
    expect(refused).toMatchObject({
      status: 400,
      body: { error: { code: 'TEMPLATE_INVALID', details: [{ code: 'TEMPLATE_MODULE_NOT_FOUND' }] } },
    })
    const ledger = new Y.XmlElement('ledgerBlock')
    ledger.setAttribute('ledgerKind', 'rectification')
    draft.transact(() => {
      fragment.delete(moduleElementIndex(fragment, 'tiantai.nope'), 1)
      fragment.insert(moduleElementIndex(fragment, 'tiantai.baozhang') + 1, [ledger])
    })
    await waitFor('draft fixed', async () => {
      const stored = await server.running.rooms.readDocument(draftDocId)
      return moduleElementIndex(stored.getXmlFragment('default'), 'tiantai.nope') === -1 || undefined
    })
    expect(
      (await call(server, 'POST', `/api/templates/${templateId}/publish`, editor, { draftDocId })).status,
    ).toBe(403)
    // Two admins publishing the same draft at once: one version, the other is told the draft moved on.
    const publications = await Promise.all(
      ['删去加分, 增加整改清单', '同一草稿'].map((note) =>
        call(server, 'POST', `/api/templates/${templateId}/publish`, org.adminToken, { draftDocId, note }),
      ),
    )
    expect(publications.map((publication) => publication.status).sort()).toEqual([201, 409])
    expect(publications.find((publication) => publication.status === 201)?.body).toEqual({ version: 2 })
    const refusedCode = (
      publications.find((publication) => publication.status === 409)?.body['error'] as Loose
    )['code']
    expect(['TEMPLATE_DRAFT_OUTDATED', 'TEMPLATE_UNCHANGED']).toContain(refusedCode)
    const stored = await call(server, 'GET', `/api/templates/${templateId}/versions/2`, editor)
    expect(
      (stored.body['template'] as TemplateDefinition).body.filter((node) => node.type === 'ledgerBlock'),
    ).toHaveLength(1)
    expect((await call(server, 'GET', `/api/templates/${templateId}/versions/9`, editor)).status).toBe(404)
    expect(
      ((await call(server, 'GET', '/api/templates', editor)).body['templates'] as Loose[]).find(
        (entry) => entry['id'] === templateId,
      )?.['version'],
    ).toBe(2)

    // Readers see 模板有更新 with a readable diff.
    const update = await call(server, 'GET', `/api/docs/${docId}/template-update`, org.users.memberA.token)
    expect(update.body).toMatchObject({ current: 1, latest: 2 })
    const diff = update.body['diff'] as TemplateDiff
    expect(
      diff.changes.filter((change) => change.subject === 'block').map((change) => [change.kind, change.id]),
    ).toEqual([
      ['removed', 'checklistBlock'],
      ['added', 'ledgerBlock'],
    ])
    expect(diff.changes).toContainEqual(
      expect.objectContaining({ kind: 'removed', subject: 'item', id: 'tiantai.jiafen.1' }),
    )

    // Members cannot upgrade; two editors' clicks at once give one upgrade.
    expect(
      (await call(server, 'POST', `/api/docs/${docId}/upgrade`, org.users.memberA.token, { toVersion: 2 }))
        .status,
    ).toBe(403)
    const clicks = await Promise.all([
      call(server, 'POST', `/api/docs/${docId}/upgrade`, editor, { toVersion: 2 }),
      call(server, 'POST', `/api/docs/${docId}/upgrade`, org.adminToken, { toVersion: 2 }),
    ])
    expect(clicks.map((click) => click.status)).toEqual([200, 200])
    expect(clicks.map((click) => click.body['applied']).sort()).toEqual([false, true])
    expect(clicks.find((click) => click.body['applied'] === true)?.body).toEqual({
      templateVersion: 2,
      archived: 1,
      applied: true,
    })

    // The connected client converges on the upgraded document.
    await waitFor('client upgraded', () => editing.getMap('meta').get('templateVersion') === 2 || undefined)
    const clientFragment = editing.getXmlFragment('default')
    expect(moduleElementIndex(clientFragment, 'tiantai.jiafen')).toBe(-1)
    expect(
      clientFragment.toArray().filter((child) => (child as Y.XmlElement).nodeName === 'ledgerBlock'),
    ).toHaveLength(1)
    expect(editing.getMap('answers').toJSON()).toEqual({ 'tiantai.zuzhi.1': { note: '组织设置规范' } })
    expect(editing.getMap('archivedAnswers').toJSON()).toEqual({
      '1:tiantai.jiafen.1': { note: '特色工作', archivedAt: anyString },
    })
    const serverCopy = await server.running.rooms.readDocument(docId)
    expect(serverCopy.getXmlFragment('default').toJSON()).toBe(clientFragment.toJSON())

    expect((await call(server, 'GET', `/api/docs/${docId}`, editor)).body['templateVersion']).toBe('2')
    expect((await call(server, 'GET', `/api/docs/${docId}/template-update`, editor)).body).toEqual({
      current: 2,
      latest: 2,
      diff: null,
    })
    expect((await call(server, 'POST', `/api/docs/${docId}/upgrade`, editor, { toVersion: 2 })).body).toEqual(
      {
        templateVersion: 2,
        archived: 0,
        applied: false,
      },
    )
    expect(
      (await call(server, 'POST', `/api/docs/${docId}/upgrade`, editor, { toVersion: 1 })).body,
    ).toMatchObject({
      error: { code: 'TEMPLATE_VERSION_OLDER' },
    })
    expect((await call(server, 'POST', `/api/docs/${docId}/upgrade`, editor, { toVersion: 3 })).status).toBe(
      404,
    )
    expect(
      (await call(server, 'POST', `/api/docs/${org.docB}/upgrade`, editor, { toVersion: 2 })).status,
    ).toBe(404)

    // New documents start from the latest version.
    const fresh = await createCertification(server, org)
    expect((await call(server, 'GET', `/api/docs/${fresh}`, editor)).body['templateVersion']).toBe('2')

    const audit = await call(server, 'GET', '/api/audit?limit=100', org.adminToken)
    const actions = (audit.body['entries'] as { action: string }[]).map((entry) => entry.action)
    expect(actions).toEqual(
      expect.arrayContaining(['template.draft', 'template.publish', 'template.upgrade']),
    )
  })

  it('merges answers a client wrote offline with an upgrade made meanwhile', async () => {
    const server = await startServer()
    const org = await seedTestOrganisation(server)
    const editor = org.users.editorA.token
    const docId = await createCertification(server, org)
    await server.running.store.templates.publish({
      templateId,
      version: 2,
      template: version2(),
      note: null,
      publishedBy: 'test',
      publishedAt: new Date().toISOString(),
    })
    const offline = new Y.Doc()
    const provider = connect(server, docId, editor, offline)
    await waitForSync(provider)
    answer(offline, 'tiantai.zuzhi.1', '上线时填写')
    await waitFor('first answer stored', async () => {
      const stored = await server.running.rooms.readDocument(docId)
      return stored.getMap('answers').size === 1 || undefined
    })
    provider.disconnect()
    // Offline: a new answer, and a change to the existing one.
    answer(offline, 'tiantai.zuzhi.3', '离线填写')
    ;(offline.getMap('answers').get('tiantai.zuzhi.1') as Y.Map<unknown>).set('note', '离线修改')
    const upgraded = await call(server, 'POST', `/api/docs/${docId}/upgrade`, org.adminToken, {
      toVersion: 2,
    })
    expect(upgraded.body).toMatchObject({ applied: true })
    provider.connect()
    await waitFor('offline edits merged', async () => {
      const stored = await server.running.rooms.readDocument(docId)
      return stored.getMap('answers').size === 2 || undefined
    })
    await waitFor('client upgraded', () => offline.getMap('meta').get('templateVersion') === 2 || undefined)
    const stored = await server.running.rooms.readDocument(docId)
    expect(stored.getMap('answers').toJSON()).toEqual({
      'tiantai.zuzhi.1': { note: '离线修改' },
      'tiantai.zuzhi.3': { note: '离线填写' },
    })
    await waitFor(
      'converged',
      () =>
        offline.getXmlFragment('default').toJSON() === stored.getXmlFragment('default').toJSON() || undefined,
    )
    expect(offline.getMap('answers').toJSON()).toEqual(stored.getMap('answers').toJSON())
  })
})
