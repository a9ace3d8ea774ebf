import type { Role } from '@zhibu/core'
import { EditorToolbar } from '@zhibu/editor'
import type { EditorToolbarLabels, TransitionRequest, UnitMember } from '@zhibu/editor'
import { EditorContent, useEditor } from '@tiptap/react'
import { Alert, Space, Tag } from 'antd'
import { useEffect, useMemo, useRef } from 'react'
import type { ReactNode } from 'react'
import { documentPageExtensions } from './documentPageExtensions'
import type { DocumentBlockServices } from './documentPageExtensions'
import type { DocumentSession } from './openDocumentSession'
import { PresenceAvatars } from './PresenceAvatars'
import { SyncStatusBadge } from './SyncStatusBadge'
import { useDocumentIndexing } from './useDocumentIndexing'
import { useDocumentStrings } from './useDocumentStrings'
import { usePresence } from './usePresence'
import { useSyncStatus } from './useSyncStatus'

/** Props of {@link DocumentEditor}. */
export interface DocumentEditorProps {
  session: DocumentSession
  user: { id: string; name: string }
  canEdit: boolean
  /** the user's effective role on the document's unit, for the living-template blocks */
  role?: Role
  /** the unit's members, for owner pickers; may arrive after the editor opened */
  members?: readonly UnitMember[]
  /** a rectification status move the user may request but not write (督办 through the API) */
  onRequestTransition?: (request: TransitionRequest) => Promise<void>
  onTitleChange?: (title: string) => void
  /** called with the title and plain text after each pause in changes, for offline full-text search */
  onIndexText?: (title: string, text: string) => void
  /** API-backed services of the blocks (ballot, tally, evidence); must keep its identity while the page is open */
  blockServices?: DocumentBlockServices
  /** notices shown above the toolbar (模板有更新) */
  banner?: ReactNode
}

const toolbarKeys: Array<keyof EditorToolbarLabels> = [
  'heading1',
  'heading2',
  'heading3',
  'bold',
  'italic',
  'bulletList',
  'orderedList',
  'taskList',
  'table',
  'link',
  'image',
  'undo',
  'redo',
  'linkPrompt',
  'imagePrompt',
]

/** The open document (文档编辑区): status bar, toolbar and the collaborative editor. */
export function DocumentEditor({
  session,
  user,
  canEdit,
  role,
  members,
  onRequestTransition,
  onTitleChange,
  onIndexText,
  blockServices,
  banner,
}: DocumentEditorProps): ReactNode {
  const t = useDocumentStrings()
  const status = useSyncStatus(session.tracker)
  const users = usePresence(session.provider.awareness)
  // Read through refs so late-arriving members or a new callback do not rebuild the editor.
  const membersRef = useRef(members ?? [])
  membersRef.current = members ?? []
  const transitionRef = useRef(onRequestTransition)
  transitionRef.current = onRequestTransition
  const hasTransition = onRequestTransition !== undefined
  const editor = useEditor(
    {
      editable: canEdit,
      extensions: documentPageExtensions({
        ydoc: session.doc,
        reviewDoc: session.reviewDoc,
        provider: session.provider,
        user,
        placeholder: t('document.placeholder'),
        ...(role === undefined ? {} : { role }),
        getMembers: () => membersRef.current,
        ...(hasTransition
          ? { onRequestTransition: (request) => transitionRef.current?.(request) ?? Promise.resolve() }
          : {}),
        ...(blockServices === undefined ? {} : { blockServices }),
      }),
      editorProps: { attributes: { 'data-testid': 'document-editor', class: 'zhibu-document-body' } },
    },
    [session, canEdit, role, hasTransition, blockServices],
  )
  useDocumentIndexing(editor, session.doc, onIndexText)
  const labels = useMemo(
    () =>
      Object.fromEntries(
        toolbarKeys.map((key) => [key, t(`toolbar.${key}`)]),
      ) as unknown as EditorToolbarLabels,
    [t],
  )

  useEffect(() => {
    if (onTitleChange === undefined) return undefined
    const meta = session.doc.getMap<unknown>('meta')
    const report = (): void => {
      const title = meta.get('title')
      if (typeof title === 'string') onTitleChange(title)
    }
    report()
    meta.observe(report)
    return () => meta.unobserve(report)
  }, [session, onTitleChange])

  return (
    <div className="zhibu-document" data-testid="document-page" data-doc-id={session.provider.roomname}>
      <div className="zhibu-document__bar">
        <Space wrap>
          <SyncStatusBadge status={status} />
          {canEdit ? null : (
            <Tag color="default" data-testid="document-readonly-badge">
              {t('document.readOnly')}
            </Tag>
          )}
        </Space>
        <PresenceAvatars users={users} />
      </div>
      {canEdit ? null : (
        <Alert type="info" showIcon title={t('document.readOnlyHint')} className="zhibu-document__hint" />
      )}
      {banner}
      {editor !== null && canEdit ? <EditorToolbar editor={editor} labels={labels} /> : null}
      <EditorContent editor={editor} className="zhibu-document__content" />
    </div>
  )
}
