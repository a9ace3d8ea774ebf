import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SyncStatusTracker } from './SyncStatusTracker'
import { trackLocalChanges } from './trackLocalChanges'

const openedAt = new Date('2026-11-23T01:00:00Z')

/** A device (Y.Doc + tracker) and a server replica that commits whatever the device sends. */
function setup(readOnly = false): {
  doc: Y.Doc
  server: Y.Doc
  tracker: SyncStatusTracker
  setConnected: (value: boolean) => void
} {
  const doc = new Y.Doc()
  const server = new Y.Doc()
  const tracker = new SyncStatusTracker(doc, readOnly, openedAt)
  let connected = false
  trackLocalChanges(doc, tracker, () => connected)
  return { doc, server, tracker, setConnected: (value) => (connected = value) }
}

/**
 * Connects: server step 1 (its state vector), our step 2 reply, the first sync finishes; the server
 * acknowledges our step 2 like any update unless the test holds that back.
 */
function connect(device: ReturnType<typeof setup>, acknowledgeStep2 = true): void {
  device.setConnected(true)
  device.tracker.connectionOpened()
  device.tracker.serverStateReceived(Y.decodeStateVector(Y.encodeStateVector(device.server)))
  device.tracker.syncCompleted()
  if (acknowledgeStep2) acknowledge(device)
}

function acknowledge(device: ReturnType<typeof setup>): void {
  Y.applyUpdate(device.server, Y.encodeStateAsUpdate(device.doc))
  device.tracker.acknowledged(Y.decodeStateVector(Y.encodeStateVector(device.server)))
}

describe('SyncStatusTracker', () => {
  it('is offline since the page opened until the connection opens', () => {
    const device = setup()
    expect(device.tracker.status()).toEqual({ kind: 'offline', since: openedAt, pending: 0 })
    device.setConnected(true)
    device.tracker.connectionOpened()
    expect(device.tracker.status().kind).toBe('connecting')
  })

  it('says 已同步 when connected and synced without local changes', () => {
    const device = setup()
    connect(device)
    expect(device.tracker.status()).toEqual({ kind: 'synced' })
  })

  it('counts changes until the acknowledged state vector covers them, then says 已保存到服务器', () => {
    const device = setup()
    connect(device)
    device.doc.getText('t').insert(0, '第一处')
    device.doc.getText('t').insert(0, '第二处')
    expect(device.tracker.status()).toEqual({ kind: 'pending', pending: 2 })
    acknowledge(device)
    expect(device.tracker.status()).toEqual({ kind: 'saved' })
  })

  it('does not take an acknowledgement of an earlier message for a later deletion', () => {
    const device = setup()
    connect(device)
    device.doc.getText('t').insert(0, '会议纪要')
    device.doc.getText('t').delete(0, 2)
    expect(device.tracker.status()).toEqual({ kind: 'pending', pending: 2 })
    // The acknowledgement of the insert arrives; the deletion's own one has not yet.
    device.tracker.acknowledged(Y.decodeStateVector(Y.encodeStateVector(device.doc)))
    expect(device.tracker.status()).toEqual({ kind: 'pending', pending: 1 })
    device.tracker.acknowledged(Y.decodeStateVector(Y.encodeStateVector(device.doc)))
    expect(device.tracker.status()).toEqual({ kind: 'saved' })
  })

  it('keeps offline changes pending with the time the connection dropped, and clears them after reconnecting', () => {
    const device = setup()
    connect(device)
    const droppedAt = new Date('2026-11-23T02:30:00Z')
    device.setConnected(false)
    device.tracker.connectionClosed(droppedAt)
    device.doc.getText('t').insert(0, '离线编辑')
    device.doc.getText('t').delete(0, 1)
    expect(device.tracker.status()).toEqual({ kind: 'offline', since: droppedAt, pending: 2 })
    connect(device, false)
    expect(device.tracker.status()).toEqual({ kind: 'pending', pending: 2 })
    // The acknowledgement of our step 2, which carried both the insert and the deletion.
    acknowledge(device)
    expect(device.tracker.status()).toEqual({ kind: 'saved' })
  })

  it('remembers unacknowledged changes across a reload', () => {
    const first = setup()
    first.doc.getText('t').insert(0, '未同步')
    const saved = first.tracker.persisted()
    expect(saved.pending).toHaveLength(1)

    const reloaded = setup()
    Y.applyUpdate(reloaded.doc, Y.encodeStateAsUpdate(first.doc))
    reloaded.tracker.restore(saved)
    expect(reloaded.tracker.status()).toEqual({ kind: 'offline', since: openedAt, pending: 1 })
    connect(reloaded)
    expect(reloaded.tracker.status().kind).toBe('synced')
    expect(reloaded.tracker.persisted().pending).toHaveLength(0)
  })

  it('ignores changes by a read-only user, which the server never accepts', () => {
    const device = setup(true)
    connect(device)
    device.doc.getText('t').insert(0, 'x')
    expect(device.tracker.status()).toEqual({ kind: 'synced' })
  })

  it('tells subscribers when the status changes', () => {
    const device = setup()
    let calls = 0
    device.tracker.subscribe(() => calls++)
    connect(device)
    expect(calls).toBeGreaterThan(0)
  })
})
