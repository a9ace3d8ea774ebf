import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { scheduleDocumentIndexing } from './scheduleDocumentIndexing'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

function typedDoc(): {
  doc: Y.Doc
  type: (text: string) => void
  read: () => { title: string; text: string }
} {
  const doc = new Y.Doc()
  const body = doc.getText('body')
  return {
    doc,
    type: (text) => body.insert(body.length, text),
    read: () => ({ title: '支委会', text: body.toJSON() }),
  }
}

describe('scheduleDocumentIndexing', () => {
  it('indexes once per pause in typing, with the text as it is after the pause', () => {
    const { doc, type, read } = typedDoc()
    const calls: string[] = []
    const stop = scheduleDocumentIndexing(doc, read, (_title, text) => calls.push(text), 1_000)
    vi.advanceTimersByTime(1_000)
    expect(calls).toEqual([''])
    type('学习')
    vi.advanceTimersByTime(600)
    type('贯彻')
    vi.advanceTimersByTime(600)
    expect(calls).toEqual([''])
    vi.advanceTimersByTime(400)
    expect(calls).toEqual(['', '学习贯彻'])
    stop()
  })

  it('flushes a pending run when stopped and ignores changes afterwards', () => {
    const { doc, type, read } = typedDoc()
    const calls: Array<[string, string]> = []
    const stop = scheduleDocumentIndexing(doc, read, (title, text) => calls.push([title, text]), 1_000)
    type('整改')
    stop()
    expect(calls).toEqual([['支委会', '整改']])
    type('销号')
    vi.advanceTimersByTime(5_000)
    expect(calls).toHaveLength(1)
  })

  it('skips a run when the text cannot be read any more', () => {
    const { doc } = typedDoc()
    const index = vi.fn()
    const stop = scheduleDocumentIndexing(doc, () => null, index, 1_000)
    vi.advanceTimersByTime(1_000)
    stop()
    expect(index).not.toHaveBeenCalled()
  })
})
