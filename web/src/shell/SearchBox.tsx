import { SearchOutlined } from '@ant-design/icons'
import { AutoComplete, Input } from 'antd'
import { useState } from 'react'
import { useT } from '../i18n/useT'
import { searchDocuments } from '../search/searchDocuments'
import type { DocumentEntry } from '../storage/DocumentEntry'
import { useWorkspaceServices } from '../workspace/useWorkspaceServices'

/** 搜索: offline full-text search over locally stored documents; picking a result opens it. */
export function SearchBox({ onOpen }: { onOpen: (document: DocumentEntry) => void }) {
  const t = useT()
  const { store } = useWorkspaceServices()
  const [results, setResults] = useState<DocumentEntry[]>([])
  const [query, setQuery] = useState('')

  const search = async (text: string): Promise<void> => {
    setQuery(text)
    const hits = await searchDocuments(store, text)
    const entries = await Promise.all(hits.slice(0, 20).map((hit) => store.getDocument(hit.docId)))
    setResults(entries.filter((entry): entry is DocumentEntry => entry !== undefined))
  }

  return (
    <AutoComplete
      style={{ width: 260 }}
      value={query}
      onSearch={(text) => void search(text)}
      onSelect={(docId: string) => {
        const document = results.find((entry) => entry.id === docId)
        if (document !== undefined) onOpen(document)
        setQuery('')
      }}
      notFoundContent={query.trim() === '' ? null : t('search.empty')}
      options={results.map((document) => ({
        value: document.id,
        label: <span data-testid={`search-result-${document.id}`}>{document.title}</span>,
      }))}
    >
      <Input
        data-testid="search-input"
        prefix={<SearchOutlined />}
        placeholder={t('search.placeholder')}
        allowClear
      />
    </AutoComplete>
  )
}
