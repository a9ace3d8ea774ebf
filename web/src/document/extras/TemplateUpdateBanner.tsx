import { Alert, App, Button, Modal, Space, Typography } from 'antd'
import { useState } from 'react'
import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import type { DocumentExtrasApi } from '../../api/DocumentExtrasApi'
import { queueTemplateUpgrade } from '../../outbox/queueTemplateUpgrade'
import type { WorkspaceStore } from '../../storage/WorkspaceStore'
import { useDocumentStrings } from '../useDocumentStrings'
import { describeTemplateChange } from './describeTemplateChange'
import { groupTemplateChanges } from './groupTemplateChanges'
import { useTemplateUpdate } from './useTemplateUpdate'

/** Props of {@link TemplateUpdateBanner}. */
export interface TemplateUpdateBannerProps {
  docId: string
  doc: Y.Doc
  api: DocumentExtrasApi | null
  store: WorkspaceStore
  /** editors and admins may apply; everyone else sees the notice only */
  canApply: boolean
}

/**
 * 模板有更新: a notice when the document's template has a newer published version. Editors and admins can
 * read the difference (grouped 新增/删除/调整归属/文字修改) and apply it; offline the upgrade waits in the outbox.
 * The new structure then arrives through sync like any other change, and the notice goes away.
 */
export function TemplateUpdateBanner({
  docId,
  doc,
  api,
  store,
  canApply,
}: TemplateUpdateBannerProps): ReactNode {
  const t = useDocumentStrings()
  const { message } = App.useApp()
  const { update, version, queued, reload } = useTemplateUpdate(docId, doc, api, store)
  const [open, setOpen] = useState(false)
  const [applying, setApplying] = useState(false)
  if (update === null || update.diff === null || update.latest === update.current) return null
  if (version === update.latest) return null
  const groups = groupTemplateChanges(update.diff.changes)

  const apply = async (): Promise<void> => {
    setApplying(true)
    try {
      const result = navigator.onLine && api !== null ? await api.upgrade(docId, update.latest) : null
      if (result?.ok === true) {
        void message.success(
          t('templateUpdate.applied', {
            version: result.value.templateVersion,
            archived: result.value.archived,
          }),
        )
        setOpen(false)
        reload()
        return
      }
      if (result !== null && !result.ok && result.error.status !== 0) {
        void message.error(t('templateUpdate.failed', { message: result.error.message }))
        return
      }
      await queueTemplateUpgrade(store, docId, update.latest)
      void message.info(t('templateUpdate.queued'))
      setOpen(false)
    } finally {
      setApplying(false)
    }
  }

  return (
    <>
      <Alert
        type="info"
        showIcon
        data-testid="template-update-banner"
        className="zhibu-document__hint"
        title={t('templateUpdate.title', { current: update.current, latest: update.latest })}
        description={
          queued ? t('templateUpdate.queued') : canApply ? undefined : t('templateUpdate.askEditor')
        }
        action={
          canApply ? (
            <Space>
              <Button size="small" data-testid="template-update-diff" onClick={() => setOpen(true)}>
                {t('templateUpdate.viewDiff')}
              </Button>
              <Button
                size="small"
                type="primary"
                data-testid="template-update-apply"
                loading={applying}
                disabled={queued}
                onClick={() => void apply()}
              >
                {t('templateUpdate.apply')}
              </Button>
            </Space>
          ) : undefined
        }
      />
      <Modal
        open={open}
        title={t('templateUpdate.diffTitle', { current: update.current, latest: update.latest })}
        okText={t('templateUpdate.apply')}
        cancelText={t('templateUpdate.close')}
        okButtonProps={{ loading: applying, disabled: queued, id: 'template-update-confirm' }}
        onOk={() => void apply()}
        onCancel={() => setOpen(false)}
      >
        <div data-testid="template-update-diff-list">
          {groups.length === 0 && (
            <Typography.Paragraph>{t('templateUpdate.noChanges')}</Typography.Paragraph>
          )}
          {groups.map((group) => (
            <section key={group.kind} data-kind={group.kind}>
              <Typography.Title level={5}>
                {t(`templateUpdate.kind.${group.kind}`, { count: group.changes.length })}
              </Typography.Title>
              <ul>
                {group.changes.map((change, index) => (
                  <li key={`${change.id}:${index}`}>{describeTemplateChange(change, t)}</li>
                ))}
              </ul>
            </section>
          ))}
          <Typography.Paragraph type="secondary">{t('templateUpdate.keepsAnswers')}</Typography.Paragraph>
        </div>
      </Modal>
    </>
  )
}
