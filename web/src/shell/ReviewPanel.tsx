import { Empty, Typography } from 'antd'
import { lazy, Suspense } from 'react'
import type { OpenDocumentDocs } from '../document/OpenDocumentDocs'
import { useT } from '../i18n/useT'

// The score needs core's engine, which only the document chunk loads; the panel fetches it with the document.
const LiveScore = lazy(() =>
  import('../document/LiveScore').then((module) => ({ default: module.LiveScore })),
)

/** 评论与评分: the right-hand panel; shows the open document's live score when it has a scoring scheme. */
export function ReviewPanel({ docs = null }: { docs?: OpenDocumentDocs | null }) {
  const t = useT()
  return (
    <div data-testid="review-panel" style={{ padding: 16 }}>
      <Typography.Title level={5}>{t('panel.title')}</Typography.Title>
      {docs !== null && (
        <Suspense fallback={null}>
          <LiveScore docs={docs} />
        </Suspense>
      )}
      <Empty description={t('panel.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
    </div>
  )
}
