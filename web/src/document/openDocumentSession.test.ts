import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openDocumentSession } from './openDocumentSession'
import type { DocumentSession } from './openDocumentSession'

let sessions: DocumentSession[] = []

beforeEach(() => {
  // The device is offline: nothing may depend on the network to open a document.
  Object.defineProperty(navigator, 'onLine', { value: false, configurable: true })
})

afterEach(async () => {
  await Promise.all(sessions.map((session) => session.destroy()))
  sessions = []
})

async function open(docId: string, canEdit = true): Promise<DocumentSession> {
  const session = await openDocumentSession({ docId, syncUrl: 'ws://127.0.0.1:9/sync', token: 't', canEdit })
  sessions.push(session)
  return session
}

describe('openDocumentSession', () => {
  it('reopens a document offline with its local edits and their pending count', async () => {
    const first = await open('offline-doc-1')
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('离线写的决议')])
    first.doc.getXmlFragment('default').insert(0, [paragraph])
    expect(first.tracker.status()).toMatchObject({ kind: 'offline', pending: 1 })
    sessions = []
    // Closing waits for y-indexeddb's queued writes, as closing the tab would.
    await first.destroy()

    const reopened = await open('offline-doc-1')
    expect(reopened.doc.getXmlFragment('default').toJSON()).toContain('离线写的决议')
    expect(reopened.tracker.status()).toMatchObject({ kind: 'offline', pending: 1 })
  })

  it('keeps each document in its own local database', async () => {
    const one = await open('offline-doc-2')
    one.doc.getMap('meta').set('title', '甲')
    const other = await open('offline-doc-3')
    expect(other.doc.getMap('meta').get('title')).toBeUndefined()
  })

  it('opens the read-only review room beside the content', async () => {
    const session = await open('offline-doc-4', false)
    expect(session.reviewProvider.roomname).toBe('offline-doc-4:review')
    expect(session.provider.roomname).toBe('offline-doc-4')
    expect(session.reviewDoc).not.toBe(session.doc)
  })
})
