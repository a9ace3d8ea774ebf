import { CommentOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Empty, Flex, Layout, Typography } from 'antd'
import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { useT } from '../i18n/useT'
import { createDocumentFromTemplate } from '../outbox/createDocumentFromTemplate'
import { replayOutbox } from '../outbox/replayOutbox'
import type { DocumentEntry } from '../storage/DocumentEntry'
import type { Session } from '../storage/Session'
import type { TemplateRecord } from '../storage/TemplateRecord'
import { AppHeader } from '../shell/AppHeader'
import { CreateDocumentDialog } from '../shell/CreateDocumentDialog'
import { DocumentList } from '../shell/DocumentList'
import { DocumentView } from '../shell/DocumentView'
import { ReviewPanel } from '../shell/ReviewPanel'
import { UnitTree } from '../shell/UnitTree'
import { canEditDocuments } from '../workspace/canEditDocuments'
import { resolveEffectiveRoles } from '../workspace/resolveEffectiveRoles'
import { useHashRoute } from '../workspace/useHashRoute'
import { useOnline } from '../workspace/useOnline'
import { useStoreQuery } from '../workspace/useStoreQuery'
import { useWorkspaceRefresh } from '../workspace/useWorkspaceRefresh'
import { useWorkspaceServices } from '../workspace/useWorkspaceServices'

// The storage panel (a table in a drawer) is opened rarely; loading it on demand keeps it off the first download.
const StoragePanel = lazy(() =>
  import('../shell/StoragePanel').then((module) => ({ default: module.StoragePanel })),
)

/** 工作区: unit tree, document list, the open document and the comments/scores panel. */
export function WorkspacePage({
  session,
  onLogout,
  onUnauthorized,
}: {
  session: Session
  onLogout: () => void
  onUnauthorized: () => void
}) {
  const t = useT()
  const { message } = App.useApp()
  const services = useWorkspaceServices()
  const { store, api } = services
  const online = useOnline()
  const [route, navigate] = useHashRoute()
  const [creating, setCreating] = useState(false)
  const [storageOpen, setStorageOpen] = useState(false)
  const [panelOpen, setPanelOpen] = useState(true)

  const loadedUnits = useStoreQuery(store, (current) => current.listUnits(), [])
  const unitsLoaded = loadedUnits !== undefined
  const units = useMemo(() => loadedUnits ?? [], [loadedUnits])
  const templates = useStoreQuery(store, (current) => current.listTemplates(), []) ?? []
  const outbox = useStoreQuery(store, (current) => current.listOutbox(), []) ?? []
  const unitId = route.unitId
  const documents =
    useStoreQuery(
      store,
      (current) => (unitId === null ? Promise.resolve([]) : current.listDocuments(unitId)),
      [unitId],
    ) ?? []
  const openDocument = useStoreQuery(
    store,
    (current) => (route.docId === null ? Promise.resolve(undefined) : current.getDocument(route.docId)),
    [route.docId],
  )
  const roles = useMemo(() => resolveEffectiveRoles(units), [units])

  useWorkspaceRefresh(services, online, unitId, onUnauthorized)

  const unitRole = unitId === null ? null : (roles.get(unitId) ?? null)
  const canCreate = canEditDocuments(unitRole)
  const docRole = openDocument === undefined ? unitRole : (roles.get(openDocument.unitId) ?? null)

  const open = (document: DocumentEntry): void => {
    navigate({ unitId: document.unitId, docId: document.id })
    // Opening starts the local copy (y-indexeddb in the document page), so the document is now available offline.
    if (!document.offline) void store.updateDocument(document.id, { offline: true })
  }

  const openDocId = route.docId
  const onTitleChange = useCallback(
    (title: string) => {
      if (openDocId !== null && title.trim() !== '')
        void store.updateDocument(openDocId, { title: title.trim() })
    },
    [store, openDocId],
  )

  const create = async (template: TemplateRecord, title: string): Promise<void> => {
    if (unitId === null) return
    const entry = await createDocumentFromTemplate(store, { unitId, template, title })
    open(entry)
    if (online) void replayOutbox(store, api)
    else void message.info(t('create.queued'))
  }

  return (
    <Layout style={{ height: '100vh' }}>
      <AppHeader
        session={session}
        online={online}
        outbox={outbox}
        onOpenDocument={open}
        onOpenStorage={() => setStorageOpen(true)}
        onLogout={onLogout}
      />
      <Layout>
        <Layout.Sider
          width={240}
          theme="light"
          style={{ overflow: 'auto', borderInlineEnd: '1px solid #f0f0f0' }}
        >
          <Typography.Title level={5} style={{ padding: '12px 16px 0' }}>
            {t('units.title')}
          </Typography.Title>
          <UnitTree
            units={units}
            roles={roles}
            selectedUnitId={unitId}
            onSelect={(id) => navigate({ unitId: id, docId: null })}
          />
        </Layout.Sider>
        <Layout.Sider
          width={280}
          theme="light"
          style={{ overflow: 'auto', borderInlineEnd: '1px solid #f0f0f0' }}
        >
          <Flex justify="space-between" align="center" style={{ padding: '12px 16px' }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('docs.title')}
            </Typography.Title>
            {canCreate && (
              <Button
                data-testid="new-document-button"
                type="primary"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
              >
                {t('docs.new')}
              </Button>
            )}
          </Flex>
          {unitId === null ? (
            <Empty description={t('docs.pickUnit')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <DocumentList
              documents={documents}
              selectedDocId={route.docId}
              onSelect={(docId) => {
                const document = documents.find((entry) => entry.id === docId)
                if (document !== undefined) open(document)
              }}
            />
          )}
        </Layout.Sider>
        <Layout.Content style={{ overflow: 'auto', background: '#fff' }}>
          {route.docId === null ? (
            <Empty style={{ marginTop: 96 }} description={t('docs.pickDocument')} />
          ) : (
            // Waits for the unit tree so the document opens once with its final role, not read-only first.
            unitsLoaded && (
              <DocumentView
                docId={route.docId}
                session={session}
                canEdit={canEditDocuments(docRole)}
                onTitleChange={onTitleChange}
              />
            )
          )}
        </Layout.Content>
        <Layout.Sider
          data-testid="review-sider"
          width={300}
          collapsible
          collapsed={!panelOpen}
          collapsedWidth={0}
          trigger={null}
          theme="light"
          style={{ borderInlineStart: '1px solid #f0f0f0' }}
        >
          <ReviewPanel />
        </Layout.Sider>
        <Button
          data-testid="review-panel-toggle"
          aria-label={t('panel.toggle')}
          type="text"
          icon={<CommentOutlined />}
          onClick={() => setPanelOpen((value) => !value)}
          style={{ position: 'absolute', right: 8, bottom: 8 }}
        />
      </Layout>
      {canCreate && (
        <CreateDocumentDialog
          open={creating}
          templates={templates}
          onCreate={create}
          onClose={() => setCreating(false)}
        />
      )}
      {storageOpen && (
        <Suspense fallback={null}>
          <StoragePanel open={storageOpen} onClose={() => setStorageOpen(false)} openDocId={route.docId} />
        </Suspense>
      )}
    </Layout>
  )
}
