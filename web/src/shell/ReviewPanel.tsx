import { Empty, Typography } from 'antd'
import { useT } from '../i18n/useT'

/** 评论与评分: the right-hand panel reserved for comments and scores (filled by the review-room work). */
export function ReviewPanel() {
  const t = useT()
  return (
    <div data-testid="review-panel" style={{ padding: 16 }}>
      <Typography.Title level={5}>{t('panel.title')}</Typography.Title>
      <Empty description={t('panel.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
    </div>
  )
}
