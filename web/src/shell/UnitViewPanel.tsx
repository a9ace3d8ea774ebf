import { Flex, Spin } from 'antd'
import { lazy, Suspense, useMemo } from 'react'
import { createUnitReportsApi } from '../api/createUnitReportsApi'
import type { UnitReportsApi } from '../api/UnitReportsApi'
import type { TemplateRecord } from '../storage/TemplateRecord'
import type { UnitView } from './UnitView'

// Each view is its own chunk, fetched the first time someone opens it: the shell's first download stays lean.
const CalendarView = lazy(() =>
  import('../calendar/CalendarView').then((module) => ({ default: module.CalendarView })),
)
const ScorecardView = lazy(() =>
  import('../scorecard/ScorecardView').then((module) => ({ default: module.ScorecardView })),
)
const RankingView = lazy(() =>
  import('../ranking/RankingView').then((module) => ({ default: module.RankingView })),
)

/** The main area for a unit view other than documents: 日历, 记分卡 or 排名, loaded on demand. */
export function UnitViewPanel({
  view,
  unitId,
  token,
  api,
  templates,
  canEdit,
  online,
  onOpenDocument,
  onSelectUnit,
  onCreateFromTemplate,
}: {
  view: Exclude<UnitView, 'documents'>
  unitId: string
  /** the session token the API client sends */
  token: string
  /** the unit views' API; tests pass a fake, otherwise one is built on the token */
  api?: UnitReportsApi
  templates: TemplateRecord[]
  canEdit: boolean
  online: boolean
  onOpenDocument: (docId: string) => void
  onSelectUnit: (unitId: string) => void
  onCreateFromTemplate: (templateId: string, title: string) => void
}) {
  const reports = useMemo(() => api ?? createUnitReportsApi({ getToken: () => token }), [api, token])
  return (
    <Suspense
      fallback={
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      }
    >
      {view === 'calendar' ? (
        <CalendarView
          key={unitId}
          unitId={unitId}
          api={reports}
          templates={templates}
          canEdit={canEdit}
          online={online}
          onOpenDocument={onOpenDocument}
          onCreateFromTemplate={onCreateFromTemplate}
        />
      ) : view === 'scorecard' ? (
        <ScorecardView
          key={unitId}
          unitId={unitId}
          api={reports}
          online={online}
          onOpenDocument={onOpenDocument}
        />
      ) : (
        <RankingView key={unitId} unitId={unitId} api={reports} online={online} onSelectUnit={onSelectUnit} />
      )}
    </Suspense>
  )
}
