import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../storage/Store'
import type { AttachmentStore, NewAttachment } from './AttachmentStore'

/** A store with one document to attach to (attachments reference documents), and the attachment store over it. */
export interface AttachmentFixture {
  store: Store
  attachments: AttachmentStore
  /** A second attachment store over the same data, as another node would hold, and its store. */
  second: AttachmentStore
  secondStore: Store
  close(): Promise<void>
}

function meta(overrides: Partial<NewAttachment> = {}): NewAttachment {
  return {
    docId: 'doc-attach-1',
    itemId: 'item-1',
    column: 'self',
    name: '会议照片.jpg',
    mimeType: 'image/jpeg',
    uploadedBy: 'u1',
    ...overrides,
  }
}

function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/** The attachment store contract, run on every pairing of metadata engine and byte store. */
export function runAttachmentStoreContract(name: string, factory: () => Promise<AttachmentFixture>): void {
  describe(`attachment store contract: ${name}`, () => {
    let fixture: AttachmentFixture

    beforeEach(async () => {
      fixture = await factory()
      await fixture.store.units.create({
        id: 'b1',
        name: '一支部',
        kind: 'branch',
        parentId: null,
        createdAt: 'a',
      })
      await fixture.store.documents.create({
        id: 'doc-attach-1',
        unitId: 'b1',
        templateId: 't',
        templateVersion: '1',
        kind: 'k',
        title: '标题',
        createdBy: 'u1',
        createdAt: 'a',
        updatedAt: 'a',
      })
    })
    afterEach(async () => {
      await fixture.close()
    })

    it('stores bytes with their sha256 and reads back every byte', async () => {
      const bytes = new Uint8Array(70_000).map((_, index) => (index * 31) % 256)
      const { attachment, created } = await fixture.attachments.put(bytes, meta())
      expect(created).toBe(true)
      expect(attachment).toMatchObject({
        docId: 'doc-attach-1',
        itemId: 'item-1',
        column: 'self',
        name: '会议照片.jpg',
        mimeType: 'image/jpeg',
        size: 70_000,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        uploadedBy: 'u1',
      })
      const read = await fixture.second.get(attachment.id)
      expect(read?.attachment).toEqual(attachment)
      expect(Buffer.compare(Buffer.from(read!.bytes), Buffer.from(bytes))).toBe(0)
    })

    it('returns the first record when the same bytes are uploaded again to the same item and column', async () => {
      const first = await fixture.attachments.put(bytesOf('同一文件'), meta())
      const replay = await fixture.second.put(bytesOf('同一文件'), meta({ name: 'renamed.jpg' }))
      expect(replay).toEqual({ attachment: first.attachment, created: false })
      const otherItem = await fixture.attachments.put(bytesOf('同一文件'), meta({ itemId: 'item-2' }))
      const inspector = await fixture.attachments.put(bytesOf('同一文件'), meta({ column: 'inspector' }))
      const whole = await fixture.attachments.put(bytesOf('同一文件'), meta({ itemId: null }))
      expect([otherItem.created, inspector.created, whole.created]).toEqual([true, true, true])
      expect(whole.attachment.itemId).toBeNull()
      expect((await fixture.attachments.list('doc-attach-1')).map((entry) => entry.id)).toHaveLength(4)
    })

    it('deletes a record, and the bytes only once no other record uses them', async () => {
      const shared = bytesOf('两处引用')
      const first = await fixture.attachments.put(shared, meta())
      const second = await fixture.attachments.put(shared, meta({ itemId: 'item-2' }))
      expect(await fixture.attachments.delete(first.attachment.id)).toBe(true)
      expect(await fixture.attachments.delete(first.attachment.id)).toBe(false)
      expect(await fixture.attachments.get(first.attachment.id)).toBeUndefined()
      expect((await fixture.second.get(second.attachment.id))?.bytes).toEqual(expect.anything())
      expect(await fixture.second.delete(second.attachment.id)).toBe(true)
      expect(await fixture.attachments.list('doc-attach-1')).toEqual([])
      // The bytes are gone too: a new upload of them writes them again and reads back whole.
      const again = await fixture.attachments.put(shared, meta())
      expect(Buffer.from((await fixture.attachments.get(again.attachment.id))!.bytes).toString()).toBe(
        '两处引用',
      )
    })

    it('holds the content lock across nodes: work on the same hash waits, work on another hash does not', async () => {
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      const order: string[] = []
      const first = fixture.store.attachments.withContent('a'.repeat(64), async () => {
        order.push('first starts')
        await held
        order.push('first ends')
      })
      await new Promise((resolve) => setTimeout(resolve, 50))
      const same = fixture.secondStore.attachments.withContent('a'.repeat(64), () => {
        order.push('same hash')
        return Promise.resolve()
      })
      const other = fixture.secondStore.attachments.withContent('b'.repeat(64), () => {
        order.push('other hash')
        return Promise.resolve()
      })
      try {
        await other
        await new Promise((resolve) => setTimeout(resolve, 100))
        expect(order).toEqual(['first starts', 'other hash'])
      } finally {
        release()
        await Promise.all([first, same])
      }
      expect(order).toEqual(['first starts', 'other hash', 'first ends', 'same hash'])
    })

    it('never leaves a record without its bytes when uploads and deletions of the same content race across nodes', async () => {
      const content = bytesOf('竞争')
      for (let round = 0; round < 15; round++) {
        const kept = await fixture.attachments.put(content, meta({ itemId: `keep-${round}` }))
        const results = await Promise.all([
          fixture.attachments.delete(kept.attachment.id),
          fixture.second.put(content, meta({ itemId: `race-${round}` })),
          fixture.attachments.put(content, meta({ itemId: `race-${round}`, column: 'inspector' })),
        ])
        expect(results[0]).toBe(true)
      }
      const records = await fixture.attachments.list('doc-attach-1')
      expect(records).toHaveLength(30)
      for (const record of records) expect((await fixture.second.get(record.id))?.bytes.byteLength).toBe(6)
    })
  })
}
