import { Flex, Typography } from 'antd'
import type { CSSProperties } from 'react'
import type { CalendarStatus } from '../api/CalendarPeriod'
import { useT } from '../i18n/useT'
import { calendarStatusStyle, currentPeriodStyle } from './calendarStatusStyle'

const swatch: CSSProperties = {
  display: 'inline-block',
  width: 18,
  height: 18,
  border: '1px solid',
  borderRadius: 2,
  fontSize: 11,
  lineHeight: '16px',
  textAlign: 'center',
}
const statuses: CalendarStatus[] = ['done', 'missing', 'upcoming']

/** 图例: what the cell colours and the 当期 outline mean. */
export function CalendarLegend() {
  const t = useT()
  return (
    <Flex data-testid="calendar-legend" gap={16} align="center" wrap>
      <Typography.Text type="secondary">{t('calendar.legend')}</Typography.Text>
      {statuses.map((status) => (
        <Flex key={status} gap={4} align="center">
          <span style={{ ...swatch, ...calendarStatusStyle[status] }}>{t(`calendar.${status}.short`)}</span>
          <span>{t(`calendar.${status}`)}</span>
        </Flex>
      ))}
      <Flex gap={4} align="center">
        <span style={{ ...swatch, ...currentPeriodStyle, borderColor: 'transparent' }} />
        <span>{t('calendar.current')}</span>
      </Flex>
    </Flex>
  )
}
