import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedTestOrganisation, type TestOrganisation } from '../testing/seedTestOrganisation'
import { TestServer } from '../testing/TestServer'

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5])
const pdf = new TextEncoder().encode('%PDF-1.7\n证据扫描件')

interface AttachmentView {
  id: string
  docId: string
  itemId: string | null
  column: string
  name: string
  mimeType: string
  size: number
  sha256: string
  uploadedBy: string
  uploadedAt: string
}

describe('attachments API (SQLite, files under DATA_DIR)', () => {
  let server: TestServer
  let org: TestOrganisation

  beforeAll(async () => {
    server = await TestServer.start()
    org = await seedTestOrganisation(server)
  })
  afterAll(async () => {
    await server.close()
  })

  async function upload(
    docId: string,
    token: string | undefined,
    bytes: Uint8Array,
    options: { type?: string; name?: string; itemId?: string; column?: string } = {},
  ): Promise<{ status: number; body: { attachment: AttachmentView; error: { code: string } } }> {
    const query = new URLSearchParams({ name: options.name ?? '支部会议照片.png' })
    if (options.itemId !== undefined) query.set('itemId', options.itemId)
    if (options.column !== undefined) query.set('column', options.column)
    const response = await fetch(`${server.url}/api/docs/${docId}/attachments?${query.toString()}`, {
      method: 'POST',
      headers: {
        'content-type': options.type ?? 'image/png',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: bytes,
    })
    return { status: response.status, body: (await response.json()) as never }
  }

  function download(id: string, token: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${server.url}/api/attachments/${id}`, {
      headers: { authorization: `Bearer ${token}`, ...headers },
    })
  }

  it('stores an editor’s upload and serves every byte back to readers with its type, name and cache headers', async () => {
    const created = await upload(org.docA, org.users.editorA.token, png, { itemId: 'item-1' })
    expect(created.status).toBe(201)
    expect(created.body.attachment).toMatchObject({
      docId: org.docA,
      itemId: 'item-1',
      column: 'self',
      name: '支部会议照片.png',
      mimeType: 'image/png',
      size: png.byteLength,
      sha256: createHash('sha256').update(png).digest('hex'),
      uploadedBy: org.users.editorA.id,
    })
    const { id, sha256 } = created.body.attachment

    const response = await download(id, org.users.memberA.token)
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(png))
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('etag')).toBe(`"${sha256}"`)
    expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="______.png"; filename*=UTF-8''${encodeURIComponent('支部会议照片.png')}`,
    )
    expect((await download(id, org.users.memberA.token, { 'if-none-match': `"${sha256}"` })).status).toBe(304)

    const list = await server.request('GET', `/api/docs/${org.docA}/attachments`, {
      token: org.users.supervisor.token,
    })
    expect(list.status).toBe(200)
    expect((list.body as unknown as { attachments: AttachmentView[] }).attachments).toEqual([
      created.body.attachment,
    ])
  })

  it('answers a replayed upload with the first record and audits only the first', async () => {
    const first = await upload(org.docA, org.users.editorA.token, pdf, {
      type: 'application/pdf',
      name: '整改报告.pdf',
      itemId: 'item-2',
    })
    const replay = await upload(org.docA, org.users.editorA.token, pdf, {
      type: 'application/pdf',
      name: '整改报告.pdf',
      itemId: 'item-2',
    })
    expect([first.status, replay.status]).toEqual([201, 200])
    expect(replay.body.attachment).toEqual(first.body.attachment)
    const audit = await server.request('GET', '/api/audit?limit=50', { token: org.adminToken })
    const uploads = audit.body.entries.filter((entry) => entry.action === 'attachment.upload')
    expect(uploads.filter((entry) => JSON.stringify(entry).includes(first.body.attachment.id))).toHaveLength(
      1,
    )
  })

  it('lets only editors and admins attach evidence, and only certifiers and admins attach inspector evidence', async () => {
    expect((await upload(org.docA, org.users.memberA.token, png)).status).toBe(403)
    expect((await upload(org.docA, org.users.certifier.token, png)).status).toBe(403)
    expect((await upload(org.docA, org.users.editorA.token, png, { column: 'inspector' })).status).toBe(403)
    const inspector = await upload(org.docA, org.users.certifier.token, png, {
      column: 'inspector',
      itemId: 'i-9',
    })
    expect(inspector.status).toBe(201)
    expect(inspector.body.attachment.column).toBe('inspector')
    expect(
      (await upload(org.docA, org.adminToken, png, { column: 'inspector', itemId: 'i-10' })).status,
    ).toBe(201)
  })

  it('hides a document’s attachments from users who cannot read it: 404, never 403', async () => {
    const { body } = await upload(org.docA, org.users.editorA.token, png, { itemId: 'hidden' })
    const outsider = org.users.editorB.token
    expect((await upload(org.docA, outsider, png)).status).toBe(404)
    expect((await download(body.attachment.id, outsider)).status).toBe(404)
    expect((await download('no-such-attachment', outsider)).status).toBe(404)
    const list = await server.request('GET', `/api/docs/${org.docA}/attachments`, { token: outsider })
    expect(list.status).toBe(404)
    const deletion = await fetch(`${server.url}/api/attachments/${body.attachment.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${outsider}` },
    })
    expect(deletion.status).toBe(404)
    expect((await upload(org.docA, undefined, png)).status).toBe(401)
  })

  it('refuses unsupported types, content that is not what it claims, bad queries and files over 20 MiB', async () => {
    const token = org.users.editorA.token
    const text = await upload(org.docA, token, new TextEncoder().encode('hello'), { type: 'text/html' })
    expect(text.status).toBe(415)
    expect(text.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE')
    const json = await upload(org.docA, token, new TextEncoder().encode('{}'), { type: 'application/json' })
    expect(json.status).toBe(415)
    const disguised = await upload(org.docA, token, new TextEncoder().encode('<script>'), {
      type: 'image/png',
    })
    expect(disguised.status).toBe(415)
    expect((await upload(org.docA, token, png, { name: '' })).status).toBe(400)
    expect((await upload(org.docA, token, png, { column: 'other' })).status).toBe(400)
    const large = new Uint8Array(20 * 1024 * 1024 + 1)
    large.set(png)
    const tooLarge = await upload(org.docA, token, large)
    expect(tooLarge.status).toBe(413)
    expect(tooLarge.body.error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('accepts a file of exactly 20 MiB', async () => {
    const largest = new Uint8Array(20 * 1024 * 1024).map((_, index) => index % 251)
    largest.set(png)
    const created = await upload(org.docA, org.users.editorA.token, largest, { itemId: 'large' })
    expect(created.status).toBe(201)
    const response = await download(created.body.attachment.id, org.users.memberA.token)
    expect(
      createHash('sha256')
        .update(Buffer.from(await response.arrayBuffer()))
        .digest('hex'),
    ).toBe(created.body.attachment.sha256)
  })

  it('lets the uploader or an admin delete an attachment, and audits it', async () => {
    const { body } = await upload(org.docA, org.users.editorA.token, pdf, {
      type: 'application/pdf',
      name: 'a.pdf',
      itemId: 'delete-me',
    })
    const remove = (token: string): Promise<Response> =>
      fetch(`${server.url}/api/attachments/${body.attachment.id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${token}` },
      })
    expect((await remove(org.users.memberA.token)).status).toBe(403)
    expect((await remove(org.users.editorA.token)).status).toBe(204)
    expect((await download(body.attachment.id, org.users.editorA.token)).status).toBe(404)
    expect((await remove(org.users.editorA.token)).status).toBe(404)
    const again = await upload(org.docA, org.users.editorA.token, pdf, {
      type: 'application/pdf',
      name: 'a.pdf',
      itemId: 'delete-me',
    })
    expect((await remove(org.adminToken)).status).toBe(404)
    const byAdmin = await fetch(`${server.url}/api/attachments/${again.body.attachment.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${org.adminToken}` },
    })
    expect(byAdmin.status).toBe(204)
    const audit = await server.request('GET', '/api/audit?limit=50', { token: org.adminToken })
    expect(audit.body.entries.filter((entry) => entry.action === 'attachment.delete')).toHaveLength(2)
  })
})
