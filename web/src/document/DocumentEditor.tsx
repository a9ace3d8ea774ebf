import { EditorToolbar, documentExtensions } from '@zhibu/editor'
import type { EditorToolbarLabels } from '@zhibu/editor'
import { EditorContent, useEditor } from '@tiptap/react'
import { Alert, Space, Tag } from 'antd'
import { useEffect, useMemo } from 'react'
import type { ReactNode } from 'react'
import type { DocumentSession } from './openDocumentSession'
import { PresenceAvatars } from './PresenceAvatars'
import { SyncStatusBadge } from './SyncStatusBadge'
import { useDocumentStrings } from './useDocumentStrings'
import { usePresence } from './usePresence'
import { useSyncStatus } from './useSyncStatus'

/** Props of {@link DocumentEditor}. */
export interface DocumentEditorProps {
  session: DocumentSession
  user: { id: string; name: string }
  canEdit: boolean
  onTitleChange?: (title: string) => void
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
export function DocumentEditor({ session, user, canEdit, onTitleChange }: DocumentEditorProps): ReactNode {
  const t = useDocumentStrings()
  const status = useSyncStatus(session.tracker)
  const users = usePresence(session.provider.awareness)
  const editor = useEditor(
    {
      editable: canEdit,
      extensions: documentExtensions({
        ydoc: session.doc,
        provider: session.provider,
        user,
        placeholder: t('document.placeholder'),
      }),
      editorProps: { attributes: { 'data-testid': 'document-editor', class: 'zhibu-document-body' } },
    },
    [session, canEdit],
  )
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
      {editor !== null && canEdit ? <EditorToolbar editor={editor} labels={labels} /> : null}
      <EditorContent editor={editor} className="zhibu-document__content" />
    </div>
  )
}
