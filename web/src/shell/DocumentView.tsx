import { Flex, Spin } from 'antd'
import { lazy, Suspense } from 'react'
import type { OpenDocumentDocs } from '../document/OpenDocumentDocs'
import type { Role } from '../storage/Role'
import type { Session } from '../storage/Session'

// The editor (Tiptap, Yjs, later ECharts) is its own chunk: the shell paints without it and it loads on first open.
const DocumentPage = lazy(() =>
  import('../document/DocumentPage').then((module) => ({ default: module.DocumentPage })),
)

function syncUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/sync`
}

/** The open document: the document page loaded on demand, remounted per document. */
export function DocumentView({
  docId,
  session,
  canEdit,
  role,
  unitId,
  onTitleChange,
  onDocsChange,
}: {
  docId: string
  session: Session
  canEdit: boolean
  role: Role | null
  unitId: string | null
  onTitleChange: (title: string) => void
  onDocsChange: (docs: OpenDocumentDocs | null) => void
}) {
  return (
    <Suspense
      fallback={
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      }
    >
      <DocumentPage
        key={docId}
        docId={docId}
        session={session}
        canEdit={canEdit}
        {...(role === null ? {} : { role })}
        {...(unitId === null ? {} : { unitId })}
        syncUrl={syncUrl()}
        onTitleChange={onTitleChange}
        onDocsChange={onDocsChange}
      />
    </Suspense>
  )
}
