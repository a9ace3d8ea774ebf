import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { DexieWorkspaceStore } from './DexieWorkspaceStore'
import { MemoryWorkspaceStore } from './MemoryWorkspaceStore'
import type { WorkspaceStore } from './WorkspaceStore'

let databaseCount = 0
const opened: DexieWorkspaceStore[] = []

const implementations: [string, () => WorkspaceStore][] = [
  ['memory', () => new MemoryWorkspaceStore()],
  [
    'dexie',
    () => {
      const store = new DexieWorkspaceStore(`cached-reports-${++databaseCount}`)
      opened.push(store)
      return store
    },
  ],
]

afterEach(() => {
  for (const store of opened.splice(0)) store.close()
})

describe.each(implementations)('cached unit reports (%s)', (_name, create) => {
  it('keeps the last answer per key, replaces it on a newer fetch, and tells subscribers', async () => {
    const store = create()
    let notified = 0
    store.subscribe(() => notified++)
    await store.putCachedReport({ key: 'scorecard:b1:2026', value: { total: '90' }, fetchedAt: 'a' })
    await store.putCachedReport({ key: 'scorecard:b1:2025', value: { total: '80' }, fetchedAt: 'a' })
    await store.putCachedReport({ key: 'scorecard:b1:2026', value: { total: '91.5' }, fetchedAt: 'b' })
    expect(await store.getCachedReport('scorecard:b1:2026')).toEqual({
      key: 'scorecard:b1:2026',
      value: { total: '91.5' },
      fetchedAt: 'b',
    })
    expect((await store.getCachedReport('scorecard:b1:2025'))?.value).toEqual({ total: '80' })
    expect(await store.getCachedReport('ranking:org:2026')).toBeUndefined()
    expect(notified).toBe(3)
  })

  it('forgets cached reports on sign-out', async () => {
    const store = create()
    await store.putCachedReport({ key: 'calendar:b1:2026', value: [], fetchedAt: 'a' })
    await store.clear()
    expect(await store.getCachedReport('calendar:b1:2026')).toBeUndefined()
  })
})

it('opens a database created by the first schema version and adds the cache beside its data', async () => {
  const { Dexie } = await import('dexie')
  const name = `cached-reports-upgrade-${++databaseCount}`
  const old = new Dexie(name)
  old
    .version(1)
    .stores({ session: 'key', units: 'id', templates: 'id', documents: 'id, unitId', outbox: '++seq' })
  await old.table('units').put({ id: 'b1', name: '第一党支部', kind: 'branch', parentId: null, role: null })
  old.close()
  const store = new DexieWorkspaceStore(name)
  opened.push(store)
  expect((await store.listUnits()).map((unit) => unit.id)).toEqual(['b1'])
  await store.putCachedReport({ key: 'calendar:b1:2026', value: [], fetchedAt: 'a' })
  expect(await store.getCachedReport('calendar:b1:2026')).toBeDefined()
})
