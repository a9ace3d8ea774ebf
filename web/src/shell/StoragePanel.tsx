import { Alert, App, Button, Drawer, Table, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useT } from '../i18n/useT'
import { freeSyncedDocuments } from '../storage/freeSyncedDocuments'
import { localDocumentCopies } from '../storage/localDocumentCopies'
import { useStoreQuery } from '../workspace/useStoreQuery'
import { useWorkspaceServices } from '../workspace/useWorkspaceServices'
import { formatBytes } from './formatBytes'

/** 本地存储: what the browser holds (quota estimate, per-document sizes) and freeing of synced documents. */
export function StoragePanel({
  open,
  onClose,
  openDocId,
}: {
  open: boolean
  onClose: () => void
  openDocId: string | null
}) {
  const t = useT()
  const { message } = App.useApp()
  const { store } = useWorkspaceServices()
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null)
  const [busy, setBusy] = useState(false)
  const documents = useStoreQuery(store, (current) => current.listAllDocuments(), []) ?? []
  const sizes = useStoreQuery(store, (current) => current.listDocumentSizes(), []) ?? []

  const measure = useCallback(async (): Promise<void> => {
    setEstimate((await navigator.storage?.estimate?.()) ?? null)
    for (const document of await store.listAllDocuments()) {
      if (!document.offline) continue
      const state = await localDocumentCopies.read(document.id).catch(() => null)
      if (state !== null)
        await store.setDocumentSize({ docId: document.id, ...state, measuredAt: new Date().toISOString() })
    }
  }, [store])

  useEffect(() => {
    if (open) void measure()
  }, [open, measure])

  const free = async (): Promise<void> => {
    setBusy(true)
    const keep = new Set(openDocId === null ? [] : [openDocId])
    const freed = await freeSyncedDocuments(store, localDocumentCopies, keep)
    setBusy(false)
    void message.info(
      freed.length === 0 ? t('storage.nothingToFree') : t('storage.freed', { count: freed.length }),
    )
    await measure()
  }

  const sizeById = new Map(sizes.map((size) => [size.docId, size]))
  const rows = documents.filter((document) => document.offline || (sizeById.get(document.id)?.bytes ?? 0) > 0)
  return (
    <Drawer data-testid="storage-panel" open={open} onClose={onClose} title={t('storage.title')} size="large">
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        title={
          estimate?.usage !== undefined && estimate.quota !== undefined
            ? t('storage.usage', { used: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) })
            : t('storage.unknown')
        }
      />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: t('storage.document'),
            dataIndex: 'title',
            render: (title: string) => <Typography.Text ellipsis>{title}</Typography.Text>,
          },
          {
            title: t('storage.size'),
            key: 'size',
            render: (_value, row) => formatBytes(sizeById.get(row.id)?.bytes ?? 0),
          },
          {
            title: t('storage.state'),
            key: 'state',
            render: (_value, row) =>
              !row.offline ? (
                <Tag>{t('storage.notStored')}</Tag>
              ) : sizeById.get(row.id) === undefined ? (
                '…'
              ) : sizeById.get(row.id)?.synced === true && !row.pending ? (
                <Tag color="success">{t('storage.synced')}</Tag>
              ) : (
                <Tag color="warning">{t('storage.unsynced')}</Tag>
              ),
          },
        ]}
      />
      <Button
        data-testid="storage-free-button"
        style={{ marginTop: 16 }}
        loading={busy}
        onClick={() => void free()}
      >
        {t('storage.free')}
      </Button>
    </Drawer>
  )
}
