import { DisconnectOutlined } from '@ant-design/icons'
import { Alert, Button, Spin, Tag } from 'antd'
import { formatDate } from '../i18n/formatDate'
import { useT } from '../i18n/useT'
import type { CachedReportState } from './useCachedReport'

/**
 * What a unit view says about its data: 离线 · 更新于 <time> when it shows the device's copy, an error with
 * 重试 when the server refused, a spinner while the first answer is on its way.
 */
export function ReportStatus({ state }: { state: CachedReportState<unknown> }) {
  const t = useT()
  if (state.error !== null)
    return (
      <Alert
        data-testid="report-error"
        type="error"
        showIcon
        title={t('report.failed', { message: state.error.message })}
        action={
          <Button size="small" onClick={state.reload}>
            {t('report.retry')}
          </Button>
        }
      />
    )
  if (state.stale && state.fetchedAt !== null)
    return (
      <Tag data-testid="report-offline" color="warning" icon={<DisconnectOutlined />}>
        {t('report.offline', { time: formatDate(state.fetchedAt, 'full') })}
      </Tag>
    )
  if (state.stale && !state.loading)
    return <Alert data-testid="report-not-cached" type="warning" showIcon title={t('report.notCached')} />
  if (state.loading) return <Spin size="small" data-testid="report-loading" />
  return null
}
