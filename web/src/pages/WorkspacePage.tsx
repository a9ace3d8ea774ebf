import { CommentOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Empty, Flex, Layout, Spin, Typography } from 'antd'
import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import type { UnitReportsApi } from '../api/UnitReportsApi'
import { useT } from '../i18n/useT'
import { createDocumentFromTemplate } from '../outbox/createDocumentFromTemplate'
import { replayOutbox } from '../outbox/replayOutbox'
import type { OpenDocumentDocs } from '../document/OpenDocumentDocs'
import type { DocumentEntry } from '../storage/DocumentEntry'
import type { Session } from '../storage/Session'
import type { TemplateRecord } from '../storage/TemplateRecord'
import { AppHeader } from '../shell/AppHeader'
import { CreateDocumentDialog } from '../shell/CreateDocumentDialog'
import { DocumentList } from '../shell/DocumentList'
import { DocumentView } from '../shell/DocumentView'
import { ReviewPanel } from '../shell/ReviewPanel'
import { UnitTree } from '../shell/UnitTree'
import { unitViewsFor, type UnitView } from '../shell/UnitView'
import { UnitViewSwitch } from '../shell/UnitViewSwitch'
import { useUnitView } from '../shell/useUnitView'
import { canEditDocuments } from '../workspace/canEditDocuments'
import { resolveEffectiveRoles } from '../workspace/resolveEffectiveRoles'
import { useHashRoute } from '../workspace/useHashRoute'
import { useOnline } from '../workspace/useOnline'
import { useStoreQuery } from '../workspace/useStoreQuery'
import { useWorkspaceRefresh } from '../workspace/useWorkspaceRefresh'
import { useWorkspaceServices } from '../workspace/useWorkspaceServices'

// The storage panel (a table in a drawer) is opened rarely; loading it on demand keeps it off the first download.
// The calendar, scorecard and ranking (and their API client) load when a unit view is first opened.
const UnitViewPanel = lazy(() =>
  import('../shell/UnitViewPanel').then((module) => ({ default: module.UnitViewPanel })),
)
const StoragePanel = lazy(() =>
  import('../shell/StoragePanel').then((module) => ({ default: module.StoragePanel })),
)

/** A request to open the create dialog, possibly from a calendar cell with its template and a title. */
interface CreateRequest {
  /** remounts the dialog so each request starts from its own initial values */
  key: number
  open: boolean
  templateId?: string
  title?: string
}

/**
 * 工作区: unit tree, document list (or the unit's calendar, scorecard or ranking), the open document and the
 * comments/scores panel.
 */
export function WorkspacePage({
  session,
  onLogout,
  onUnauthorized,
  reportsApi,
}: {
  session: Session
  onLogout: () => void
  onUnauthorized: () => void
  /** the unit views' API; tests pass a fake, the app builds one on the session's token */
  reportsApi?: UnitReportsApi
}) {
  const t = useT()
  const { message } = App.useApp()
  const services = useWorkspaceServices()
  const { store, api } = services
  const online = useOnline()
  const [route, navigate] = useHashRoute()
  const [view, setView] = useUnitView()
  const [createRequest, setCreateRequest] = useState<CreateRequest>({ key: 0, open: false })
  const [storageOpen, setStorageOpen] = useState(false)
  const [panelOpen, setPanelOpen] = useState(true)
  const [openDocs, setOpenDocs] = useState<OpenDocumentDocs | null>(null)

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
  const viewsOf = (id: string | null): UnitView[] =>
    unitViewsFor(id === null ? undefined : units.find((unit) => unit.id === id)?.kind)
  const unitViews = viewsOf(unitId)
  const unitView: UnitView = route.docId === null && unitViews.includes(view) ? view : 'documents'

  useWorkspaceRefresh(services, online, unitId, onUnauthorized)

  const unitRole = unitId === null ? null : (roles.get(unitId) ?? null)
  const canCreate = canEditDocuments(unitRole)
  const docRole = openDocument === undefined ? unitRole : (roles.get(openDocument.unitId) ?? null)

  const open = (document: DocumentEntry): void => {
    navigate({ unitId: document.unitId, docId: document.id })
    // Opening starts the local copy (y-indexeddb in the document page), so the document is now available offline.
    if (!document.offline) void store.updateDocument(document.id, { offline: true })
  }

  // Calendar and scorecard links name a document that may not be in the local index yet.
  const openById = async (documentUnitId: string, docId: string): Promise<void> => {
    const entry = await store.getDocument(docId)
    if (entry === undefined) navigate({ unitId: documentUnitId, docId })
    else open(entry)
  }

  const openDocId = route.docId
  const onTitleChange = useCallback(
    (title: string) => {
      if (openDocId !== null && title.trim() !== '')
        void store.updateDocument(openDocId, { title: title.trim() })
    },
    [store, openDocId],
  )

  const startCreate = (templateId?: string, title?: string): void =>
    setCreateRequest((current) => ({
      key: current.key + 1,
      open: true,
      ...(templateId === undefined ? {} : { templateId }),
      ...(title === undefined ? {} : { title }),
    }))

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
            // Moving to another unit keeps the calendar/scorecard/ranking open when that unit has it too.
            onSelect={(id) =>
              unitView !== 'documents' && viewsOf(id).includes(unitView)
                ? setView(id, unitView)
                : navigate({ unitId: id, docId: null })
            }
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
                onClick={() => startCreate()}
              >
                {t('docs.new')}
              </Button>
            )}
          </Flex>
          {unitId !== null && (
            <div style={{ padding: '0 16px 8px' }}>
              <UnitViewSwitch views={unitViews} value={unitView} onChange={(next) => setView(unitId, next)} />
            </div>
          )}
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
          {unitId !== null && unitView !== 'documents' ? (
            <Suspense
              fallback={
                <Flex justify="center" style={{ padding: 48 }}>
                  <Spin />
                </Flex>
              }
            >
              <UnitViewPanel
                view={unitView}
                unitId={unitId}
                token={session.token}
                {...(reportsApi === undefined ? {} : { api: reportsApi })}
                templates={templates}
                canEdit={canCreate}
                online={online}
                onOpenDocument={(docId) => void openById(unitId, docId)}
                onSelectUnit={(id) => navigate({ unitId: id, docId: null })}
                onCreateFromTemplate={(templateId, title) => startCreate(templateId, title)}
              />
            </Suspense>
          ) : route.docId === null ? (
            <Empty style={{ marginTop: 96 }} description={t('docs.pickDocument')} />
          ) : (
            // Waits for the unit tree so the document opens once with its final role, not read-only first.
            unitsLoaded && (
              <DocumentView
                docId={route.docId}
                session={session}
                canEdit={canEditDocuments(docRole)}
                role={docRole}
                unitId={openDocument?.unitId ?? unitId}
                onTitleChange={onTitleChange}
                onDocsChange={setOpenDocs}
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
          <ReviewPanel docs={route.docId === null ? null : openDocs} />
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
          key={createRequest.key}
          open={createRequest.open}
          templates={templates}
          {...(createRequest.templateId === undefined ? {} : { initialTemplateId: createRequest.templateId })}
          {...(createRequest.title === undefined ? {} : { initialTitle: createRequest.title })}
          onCreate={create}
          onClose={() => setCreateRequest((current) => ({ ...current, open: false }))}
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
