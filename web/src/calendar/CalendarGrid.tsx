import { Empty, Typography } from 'antd'
import type { CalendarPeriod } from '../api/CalendarPeriod'
import { useLanguage } from '../i18n/useLanguage'
import { useT } from '../i18n/useT'
import { CalendarCell } from './CalendarCell'
import type { CalendarRow } from './CalendarRow'

const months = Array.from({ length: 12 }, (_value, index) => index + 1)

function monthHeader(month: number, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
    month: 'short',
    timeZone: 'UTC',
  }).format(Date.UTC(2000, month - 1, 1))
}

/** 月份 × 定期安排: the year as a table, one row per schedule, one column per month. */
export function CalendarGrid({
  rows,
  today,
  canCreate,
  onOpenDocument,
  onCreate,
}: {
  rows: CalendarRow[]
  /** YYYY-MM-DD in China, for 当期 */
  today: string
  canCreate: boolean
  onOpenDocument: (docId: string) => void
  onCreate: (period: CalendarPeriod, label: string) => void
}) {
  const t = useT()
  const [language] = useLanguage()
  if (rows.length === 0) return <Empty data-testid="calendar-empty" description={t('calendar.noSchedules')} />
  return (
    <table
      data-testid="calendar-grid"
      style={{ width: '100%', borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed' }}
    >
      <thead>
        <tr>
          <th style={{ width: 120, textAlign: 'start', padding: 4 }}>{t('calendar.schedule')}</th>
          {months.map((month) => (
            <th key={month} style={{ padding: '4px 0', fontWeight: 500, fontSize: 12, whiteSpace: 'nowrap' }}>
              {monthHeader(month, language)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.scheduleId}
            data-testid={`calendar-row-${row.scheduleId}`}
            data-template={row.templateId}
          >
            <th style={{ textAlign: 'start', padding: 4, fontWeight: 400 }}>
              <Typography.Text ellipsis title={row.title}>
                {row.title}
              </Typography.Text>
            </th>
            {row.slots.map((slot) =>
              slot.kind === 'empty' ? (
                <td key={`empty-${slot.startMonth}`} colSpan={slot.span} />
              ) : (
                <CalendarCell
                  key={slot.period.period.start}
                  period={slot.period}
                  span={slot.span}
                  current={
                    slot.period.current ??
                    (slot.period.period.start.slice(0, 10) <= today &&
                      today <= slot.period.period.end.slice(0, 10))
                  }
                  canCreate={canCreate}
                  onOpenDocument={onOpenDocument}
                  onCreate={onCreate}
                />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
