import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pino } from 'pino'
import { expect, it } from 'vitest'
import * as Y from 'yjs'
import { testRedisUrl, uniqueRedisPrefix } from '../scaleout/testRedisUrl'
import { createSqliteStore } from '../storage/createSqliteStore'
import type { Store } from '../storage/Store'
import { waitFor } from '../testing/waitFor'
import { RedisFanout } from './RedisFanout'
import { Room } from './Room'

function edit(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

it('a room loading on a node whose Redis connection is still opening misses no update committed right after its read', async () => {
  const store = await createSqliteStore(mkdtempSync(path.join(tmpdir(), 'zhibu-join-')))
  const prefix = uniqueRedisPrefix()
  const other = new RedisFanout({ url: testRedisUrl, prefix })
  await waitFor('other node on Redis', () => other.ping())
  await store.docs.appendUpdates('join-room-1', [edit('已存')])
  // Right after this node reads the room, another node commits and publishes the next update.
  let injected = false
  const racing: Store = {
    ...store,
    docs: {
      ...store.docs,
      async loadDocument(room) {
        const stored = await store.docs.loadDocument(room)
        if (!injected) {
          injected = true
          const seq = await store.docs.appendUpdates(room, [edit('随后')])
          other.publish({ kind: 'update', room, seq, update: edit('随后'), origin: other.nodeId })
        }
        return stored
      },
    },
  }
  // A node just started: its subscriber connection is not open yet when the first room loads.
  const fanout = new RedisFanout({ url: testRedisUrl, prefix })
  const room = new Room('join-room-1', {
    store: racing,
    fanout,
    logger: pino({ level: 'silent' }),
    compactAfterUpdates: 1000,
    onCommitted: () => undefined,
  })
  try {
    await room.load()
    await waitFor(
      'the update committed after the read',
      () => room.doc.getText('t').toJSON().includes('随后'),
      3_000,
    )
    expect(room.doc.getText('t').toJSON()).toContain('已存')
  } finally {
    await room.unload()
    await Promise.all([fanout.close(), other.close()])
    await store.close()
  }
})
