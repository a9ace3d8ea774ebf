import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Store } from './Store'
import { scheduleBallotContractCases } from './scheduleBallotContract.contract'
import { templateContractCases } from './templateContract.contract'

function textEdits(count: number, clientID: number): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let index = 0; index < count; index++) doc.getText('t').insert(0, String(index % 10))
  return updates
}

function textOf(update: Uint8Array | undefined): string {
  const doc = new Y.Doc()
  if (update !== undefined) Y.applyUpdate(doc, update)
  return doc.getText('t').toJSON()
}

function user(id: string, username: string) {
  return {
    id,
    username,
    displayName: username,
    passwordHash: 'x',
    isAdmin: false,
    createdAt: '2026-01-01T00:00:00.000Z',
  }
}

/**
 * The storage contract: every adapter (SQLite now, Postgres next) runs this same suite.
 * `factory` returns a fresh, empty store each time; `cleanup` releases whatever it made.
 */
export function runStoreContract(name: string, factory: () => Promise<Store>): void {
  describe(`storage contract: ${name}`, () => {
    let store: Store

    beforeEach(async () => {
      store = await factory()
    })
    afterEach(async () => {
      await store.close()
    })

    it('loads nothing for a room that was never written', async () => {
      expect(await store.docs.loadDocument('never-written')).toBeUndefined()
      expect(await store.docs.pendingUpdateCount('never-written')).toBe(0)
    })

    it('loads the merged state of every appended update, with gap-free sequence numbers per room', async () => {
      const updates = textEdits(5, 1)
      expect(await store.docs.appendUpdates('room-aaaa', updates.slice(0, 2))).toBe(2)
      expect(await store.docs.appendUpdates('room-bbbb', updates.slice(0, 1))).toBe(1)
      expect(await store.docs.appendUpdates('room-aaaa', updates.slice(2))).toBe(5)
      const loaded = await store.docs.loadDocument('room-aaaa')
      expect(loaded?.seq).toBe(5)
      expect(textOf(loaded?.update)).toBe('43210')
      expect(textOf((await store.docs.loadDocument('room-bbbb'))?.update)).toBe('0')
      expect(await store.docs.pendingUpdateCount('room-aaaa')).toBe(5)
    })

    it('compacts into a snapshot that loads to the same state and keeps later updates', async () => {
      const updates = textEdits(30, 2)
      await store.docs.appendUpdates('room-cccc', updates.slice(0, 20))
      expect(await store.docs.compact('room-cccc')).toBe(20)
      expect(await store.docs.pendingUpdateCount('room-cccc')).toBe(0)
      expect(await store.docs.compact('room-cccc')).toBe(0)
      await store.docs.appendUpdates('room-cccc', updates.slice(20))
      const loaded = await store.docs.loadDocument('room-cccc')
      expect(loaded?.seq).toBe(30)
      expect(textOf(loaded?.update)).toBe(textOf(Y.mergeUpdates(updates)))
    })

    it('never loses an update appended while compactions run concurrently', async () => {
      const updates = textEdits(60, 3)
      await store.docs.appendUpdates('room-dddd', updates.slice(0, 10))
      const work: Array<Promise<unknown>> = []
      for (let index = 10; index < 60; index++) {
        work.push(store.docs.appendUpdates('room-dddd', [updates[index]!]))
        if (index % 7 === 0) work.push(store.docs.compact('room-dddd'), store.docs.compact('room-dddd'))
      }
      await Promise.all(work)
      expect(textOf((await store.docs.loadDocument('room-dddd'))?.update)).toBe(
        textOf(Y.mergeUpdates(updates)),
      )
      await store.docs.compact('room-dddd')
      expect(textOf((await store.docs.loadDocument('room-dddd'))?.update)).toBe(
        textOf(Y.mergeUpdates(updates)),
      )
    })

    it('returns the updates after a sequence number, or the snapshot standing in for folded ones', async () => {
      const updates = textEdits(6, 4)
      await store.docs.appendUpdates('room-eeee', updates.slice(0, 3))
      const since = await store.docs.updatesSince('room-eeee', 1)
      expect(since.map((entry) => entry.seq)).toEqual([2, 3])
      await store.docs.compact('room-eeee')
      await store.docs.appendUpdates('room-eeee', updates.slice(3))
      const afterCompaction = await store.docs.updatesSince('room-eeee', 1)
      expect(afterCompaction.map((entry) => entry.seq)).toEqual([3, 4, 5, 6])
      const doc = new Y.Doc()
      for (const entry of afterCompaction) Y.applyUpdate(doc, entry.update)
      expect(doc.getText('t').toJSON()).toBe(textOf(Y.mergeUpdates(updates)))
      expect(await store.docs.updatesSince('room-eeee', 6)).toEqual([])
    })

    it('creates users with unique usernames and the first user only once', async () => {
      expect((await store.users.createFirst(user('u1', 'first'))).ok).toBe(true)
      const second = await store.users.createFirst(user('u2', 'second'))
      expect(second).toMatchObject({ ok: false, code: 'ALREADY_SET_UP' })
      expect((await store.users.create(user('u3', 'third'))).ok).toBe(true)
      expect(await store.users.create(user('u4', 'third'))).toMatchObject({
        ok: false,
        code: 'USERNAME_TAKEN',
      })
      expect(await store.users.count()).toBe(2)
      expect((await store.users.findByUsername('third'))?.id).toBe('u3')
      expect((await store.users.findByIds(['u1', 'u3', 'missing'])).map((found) => found.id).sort()).toEqual([
        'u1',
        'u3',
      ])
    })

    it('finds, revokes and mass-revokes sessions', async () => {
      await store.users.create(user('u1', 'someone'))
      const base = { userId: 'u1', createdAt: 'a', expiresAt: 'z', revokedAt: null }
      await store.sessions.create({ ...base, tokenHash: 'h1' })
      await store.sessions.create({ ...base, tokenHash: 'h2' })
      expect(await store.sessions.find('h1')).toMatchObject({ userId: 'u1', revokedAt: null })
      expect(await store.sessions.revoke('h1', 'now')).toBe(true)
      expect(await store.sessions.revoke('h1', 'later')).toBe(false)
      expect((await store.sessions.find('h1'))?.revokedAt).toBe('now')
      expect(await store.sessions.revokeAllForUser('u1', 'now')).toBe(1)
      expect(await store.sessions.find('missing')).toBeUndefined()
    })

    it('stores units and replaces a role grant on the same unit', async () => {
      await store.users.create(user('u1', 'someone'))
      await store.units.create({
        id: 'root',
        name: '工委',
        kind: 'organisation',
        parentId: null,
        createdAt: 'a',
      })
      await store.units.create({ id: 'b1', name: '一支部', kind: 'branch', parentId: 'root', createdAt: 'b' })
      await store.units.grantRole({ unitId: 'b1', userId: 'u1', role: 'member', grantedAt: 'a' })
      await store.units.grantRole({ unitId: 'b1', userId: 'u1', role: 'editor', grantedAt: 'b' })
      expect(await store.units.grantsForUser('u1')).toEqual([
        { unitId: 'b1', userId: 'u1', role: 'editor', grantedAt: 'b' },
      ])
      expect(await store.units.grantsOnUnits(['b1'])).toHaveLength(1)
      expect((await store.units.list()).map((unit) => unit.id)).toEqual(['root', 'b1'])
      expect((await store.units.findById('b1'))?.parentId).toBe('root')
      expect(await store.units.revokeRole('b1', 'u1')).toBe(true)
      expect(await store.units.revokeRole('b1', 'u1')).toBe(false)
    })

    it('refuses a second document with the same id and returns the existing one', async () => {
      await store.units.create({ id: 'b1', name: '一支部', kind: 'branch', parentId: null, createdAt: 'a' })
      const document = {
        id: 'doc-0001',
        unitId: 'b1',
        templateId: 't',
        templateVersion: '1',
        kind: 'k',
        title: '标题',
        createdBy: 'u1',
        createdAt: 'a',
        updatedAt: 'a',
      }
      expect((await store.documents.create(document)).ok).toBe(true)
      const again = await store.documents.create({ ...document, title: 'other' })
      expect(again).toMatchObject({ ok: false, code: 'DOCUMENT_EXISTS', detail: { title: '标题' } })
      await store.documents.touch('doc-0001', 'b')
      expect((await store.documents.listByUnits(['b1']))[0]?.updatedAt).toBe('b')
    })

    it('lists audit entries newest first with paging', async () => {
      for (let index = 0; index < 5; index++) {
        await store.audit.append({
          at: `t${index}`,
          userId: null,
          action: `a${index}`,
          target: null,
          ip: '127.0.0.1',
          detail: { index },
        })
      }
      const page = await store.audit.list({ limit: 2 })
      expect(page.map((entry) => entry.action)).toEqual(['a4', 'a3'])
      expect(page[0]?.detail).toEqual({ index: 4 })
      const next = await store.audit.list({ limit: 10, before: page[1]!.id })
      expect(next.map((entry) => entry.action)).toEqual(['a2', 'a1', 'a0'])
    })

    scheduleBallotContractCases(() => store)
    templateContractCases(() => store)

    it('answers a ping', async () => {
      expect(await store.ping()).toBe(true)
    })
  })
}
