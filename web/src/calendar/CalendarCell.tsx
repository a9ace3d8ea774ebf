import { FileAddOutlined, FileTextOutlined } from '@ant-design/icons'
import { Button, Flex, Popover, Typography } from 'antd'
import type { CalendarPeriod } from '../api/CalendarPeriod'
import { formatDate } from '../i18n/formatDate'
import { useLanguage } from '../i18n/useLanguage'
import { useT } from '../i18n/useT'
import { calendarStatusStyle, currentPeriodStyle } from './calendarStatusStyle'
import { formatPeriodLabel } from './formatPeriodLabel'

/**
 * One period of the grid: coloured by status, outlined when it is 当期; clicking shows the period's documents
 * (links) and, where the user may create documents and the period is not done, 从模板新建.
 */
export function CalendarCell({
  period,
  span,
  current,
  canCreate,
  onOpenDocument,
  onCreate,
}: {
  period: CalendarPeriod
  span: number
  current: boolean
  canCreate: boolean
  onOpenDocument: (docId: string) => void
  onCreate: (period: CalendarPeriod, label: string) => void
}) {
  const t = useT()
  const [language] = useLanguage()
  const label = formatPeriodLabel(period.period, language)
  const testId = `calendar-cell-${period.scheduleId}-${period.period.start}`
  const details = (
    <Flex vertical gap={8} style={{ maxWidth: 280 }} data-testid={`${testId}-details`}>
      {period.documents.length === 0 ? (
        <Typography.Text type="secondary">{t('calendar.noDocuments')}</Typography.Text>
      ) : (
        period.documents.map((document) => (
          <Typography.Link
            key={document.id}
            data-testid={`calendar-document-${document.id}`}
            onClick={() => onOpenDocument(document.id)}
          >
            <FileTextOutlined /> {document.title}
            {document.date !== '' && (
              <Typography.Text type="secondary"> · {formatDate(document.date, 'date')}</Typography.Text>
            )}
          </Typography.Link>
        ))
      )}
      {canCreate && period.status !== 'done' && (
        <Button
          data-testid={`${testId}-create`}
          type="primary"
          size="small"
          icon={<FileAddOutlined />}
          onClick={() => onCreate(period, label)}
        >
          {t('calendar.createFromTemplate')}
        </Button>
      )}
    </Flex>
  )
  return (
    <td colSpan={span} style={{ padding: 2 }}>
      <Popover trigger="click" title={`${period.title} · ${label}`} content={details}>
        <button
          type="button"
          data-testid={testId}
          data-status={period.status}
          data-current={current}
          title={`${label} · ${t(`calendar.${period.status}`)}`}
          aria-label={`${period.title} ${label} ${t(`calendar.${period.status}`)}`}
          style={{
            width: '100%',
            minHeight: 32,
            padding: 0,
            border: '1px solid',
            borderRadius: 4,
            cursor: 'pointer',
            fontSize: 12,
            ...calendarStatusStyle[period.status],
            ...(current ? currentPeriodStyle : {}),
          }}
        >
          {/* A month column is narrow: one sign there (the legend spells it out), the word in wider periods. */}
          {span === 1 ? t(`calendar.${period.status}.short`) : t(`calendar.${period.status}`)}
          {span > 1 &&
            period.documents.length > 1 &&
            ` · ${t('calendar.documents', { count: period.documents.length })}`}
        </button>
      </Popover>
    </td>
  )
}
