import { describe, expect, it } from 'vitest'
import { MemoryWorkspaceStore } from '../storage/MemoryWorkspaceStore'
import { extractSearchTerms } from './extractSearchTerms'
import { indexDocumentText } from './indexDocumentText'
import { searchDocuments } from './searchDocuments'

async function indexedStore() {
  const store = new MemoryWorkspaceStore()
  await indexDocumentText(
    'minutes-nov',
    '2026年11月支委会会议记录',
    '会议议题：整改台账进展。出席：王芳、李明。',
    store,
  )
  await indexDocumentText(
    'ledger-2026',
    '2026年度整改台账',
    '问题来源：巡察。整改措施：建立台账，每月报送。',
    store,
  )
  await indexDocumentText(
    'tasks-q4',
    '第四季度任务清单',
    '责任人：张伟。完成主题党日活动。Meeting with the committee.',
    store,
  )
  return store
}

async function ids(store: MemoryWorkspaceStore, query: string) {
  return (await searchDocuments(store, query)).map((hit) => hit.docId)
}

describe('offline search', () => {
  it('segments Chinese into words and lowercases latin words', () => {
    const terms = extractSearchTerms('支委会 会议 记录 Meeting MINUTES')
    expect(terms.has('会议')).toBe(true)
    expect(terms.has('记录')).toBe(true)
    expect(terms.has('meeting')).toBe(true)
    expect(terms.has('minutes')).toBe(true)
    expect(terms.has('Meeting')).toBe(false)
  })

  it('finds a document by words from its text, not only its title', async () => {
    const store = await indexedStore()
    expect(await ids(store, '主题党日')).toEqual(['tasks-q4'])
    expect(await ids(store, 'committee')).toEqual(['tasks-q4'])
  })

  it('requires every query word (支委会 会议 记录 matches only the minutes)', async () => {
    const store = await indexedStore()
    expect(await ids(store, '支委会 会议 记录')).toEqual(['minutes-nov'])
  })

  it('ranks the document with 整改 台账 in its title above one mentioning it in passing', async () => {
    const store = await indexedStore()
    expect(await ids(store, '整改 台账')).toEqual(['ledger-2026', 'minutes-nov'])
  })

  it('does not match words whose characters are only scattered through a text', async () => {
    const store = new MemoryWorkspaceStore()
    // 整 and 改 both occur here, but never as 整改.
    await indexDocumentText('scattered', '整理材料', '修改意见', store)
    await indexDocumentText('together', '整改通知', '', store)
    expect(await ids(store, '整改')).toEqual(['together'])
  })

  it('forgets old text when a document is re-indexed', async () => {
    const store = await indexedStore()
    await indexDocumentText('tasks-q4', '第四季度任务清单', '责任人：张伟。', store)
    expect(await ids(store, '主题党日')).toEqual([])
    expect(await ids(store, '张伟')).toEqual(['tasks-q4'])
  })

  it('finds a listed document by its title before its text was ever indexed, ranked below indexed matches', async () => {
    const store = await indexedStore()
    await store.putDocument({
      ...{
        id: 'never-opened',
        unitId: 'b1',
        templateId: 't',
        title: '整改台账（第二批）',
        kind: 'rectification',
      },
      ...{
        createdAt: '2026-11-01',
        updatedAt: '2026-11-01',
        pending: false,
        syncError: null,
        offline: false,
      },
    })
    expect(await ids(store, '整改 台账')).toEqual(['ledger-2026', 'minutes-nov', 'never-opened'])
    expect(await ids(store, '第二批')).toEqual(['never-opened'])
  })

  it('answers nothing for an empty or punctuation-only query', async () => {
    const store = await indexedStore()
    expect(await ids(store, '')).toEqual([])
    expect(await ids(store, '，。 ')).toEqual([])
  })
})
