import type { Role } from '@zhibu/core'
import { Alert, Spin } from 'antd'
import { useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { TransitionRequest, UnitMember } from '@zhibu/editor'
import { createDocumentExtrasApi } from '../api/createDocumentExtrasApi'
import { indexDocumentText } from '../search/indexDocumentText'
import { defaultWorkspaceStore } from '../storage/defaultWorkspaceStore'
import { WorkspaceServicesContext } from '../workspace/WorkspaceServicesContext'
import { DocumentEditor } from './DocumentEditor'
import { TemplateUpdateBanner } from './extras/TemplateUpdateBanner'
import { useDocumentBlockServices } from './extras/useDocumentBlockServices'
import type { OpenDocumentDocs } from './OpenDocumentDocs'
import { useDocumentSession } from './useDocumentSession'
import { useDocumentStrings } from './useDocumentStrings'
import '@zhibu/editor/nodes.css'
import './documentPage.css'

/** Props of {@link DocumentPage}, as the shell's router passes them. */
export interface DocumentPageProps {
  docId: string
  session: { token: string; user: { id: string; name: string } }
  /** false for member, supervisor and certifier: the editor is read-only and the toolbar hidden */
  canEdit: boolean
  /** the user's effective role on the document's unit; the living-template blocks follow it */
  role?: Role
  /** the document's unit, whose members fill the blocks' owner pickers */
  unitId?: string
  /** the sync endpoint, e.g. `ws://127.0.0.1:8080/sync` */
  syncUrl: string
  onTitleChange?: (title: string) => void
  /** told the open document's rooms once they are loaded, and null when it closes (for the live score) */
  onDocsChange?: (docs: OpenDocumentDocs | null) => void
}

/**
 * 文档页: opens a document offline-first (IndexedDB before network) and edits it together with
 * whoever else has it open. Lazy-loaded by the shell so the editor stays out of its initial bundle.
 */
export function DocumentPage({
  docId,
  session,
  canEdit,
  role,
  unitId,
  syncUrl,
  onTitleChange,
  onDocsChange,
}: DocumentPageProps): ReactNode {
  const t = useDocumentStrings()
  const state = useDocumentSession({ docId, syncUrl, token: session.token, canEdit })
  // Outside the workspace (a bare harness) there is no API: the blocks then show no owner list and offer no requests.
  const services = useContext(WorkspaceServicesContext)
  const api = services?.api ?? null
  const store = services?.store ?? defaultWorkspaceStore
  const token = session.token
  const extras = useMemo(
    () => (api === null ? null : createDocumentExtrasApi({ getToken: () => token })),
    [api, token],
  )
  const blockServices = useDocumentBlockServices(docId, session.user.id, role, extras, store)
  const [members, setMembers] = useState<readonly UnitMember[]>([])
  useEffect(() => {
    if (api === null || unitId === undefined) return undefined
    let cancelled = false
    void api.listMembers(unitId).then((result) => {
      if (!cancelled && result.ok) setMembers(result.value)
    })
    return () => {
      cancelled = true
    }
  }, [api, unitId])
  const onRequestTransition = useCallback(
    async (request: TransitionRequest): Promise<void> => {
      if (api === null) return
      const body = { rowId: request.rowId, to: request.to }
      const result = await api.requestTransition(
        docId,
        request.reason === undefined ? body : { ...body, reason: request.reason },
      )
      // The block shows the message of a refusal (wrong role, move not allowed, offline).
      if (!result.ok) throw new Error(result.error.message)
    },
    [api, docId],
  )
  const openSession = state.kind === 'open' ? state.session : null
  useEffect(() => {
    if (onDocsChange === undefined || openSession === null) return undefined
    onDocsChange({ doc: openSession.doc, reviewDoc: openSession.reviewDoc })
    return () => onDocsChange(null)
  }, [openSession, onDocsChange])
  const onIndexText = useCallback(
    (title: string, text: string) => {
      // The search index is a local cache; a failed write is repaired by the next change.
      void indexDocumentText(docId, title, text, store).catch(() => undefined)
    },
    [docId, store],
  )
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
      {...(role === undefined ? {} : { role })}
      members={members}
      {...(api === null ? {} : { onRequestTransition })}
      onIndexText={onIndexText}
      {...(blockServices === undefined ? {} : { blockServices })}
      banner={
        <TemplateUpdateBanner
          docId={docId}
          doc={state.session.doc}
          api={extras}
          store={store}
          canApply={canEdit && (role === undefined || role === 'editor' || role === 'admin')}
        />
      }
      {...(onTitleChange === undefined ? {} : { onTitleChange })}
    />
  )
}
