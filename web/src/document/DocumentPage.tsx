import { Alert, Spin } from 'antd'
import type { ReactNode } from 'react'
import { DocumentEditor } from './DocumentEditor'
import { useDocumentSession } from './useDocumentSession'
import { useDocumentStrings } from './useDocumentStrings'
import './documentPage.css'

/** Props of {@link DocumentPage}, as the shell's router passes them. */
export interface DocumentPageProps {
  docId: string
  session: { token: string; user: { id: string; name: string } }
  /** false for member, supervisor and certifier: the editor is read-only and the toolbar hidden */
  canEdit: boolean
  /** the sync endpoint, e.g. `ws://127.0.0.1:8080/sync` */
  syncUrl: string
  onTitleChange?: (title: string) => void
}

/**
 * 文档页: opens a document offline-first (IndexedDB before network) and edits it together with
 * whoever else has it open. Lazy-loaded by the shell so the editor stays out of its initial bundle.
 */
export function DocumentPage({
  docId,
  session,
  canEdit,
  syncUrl,
  onTitleChange,
}: DocumentPageProps): ReactNode {
  const t = useDocumentStrings()
  const state = useDocumentSession({ docId, syncUrl, token: session.token, canEdit })
  if (state.kind === 'loading')
    return <Spin data-testid="document-loading" description={t('document.loading')} />
  if (state.kind === 'failed')
    return <Alert type="error" title={t('document.openFailed', { message: state.message })} />
  return (
    <DocumentEditor
      key={docId}
      session={state.session}
      user={session.user}
      canEdit={canEdit}
      {...(onTitleChange === undefined ? {} : { onTitleChange })}
    />
  )
}
