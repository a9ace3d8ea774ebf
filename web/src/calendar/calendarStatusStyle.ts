import type { CSSProperties } from 'react'
import type { CalendarStatus } from '../api/CalendarPeriod'

/** Cell colours: 已完成 green, 缺失 red, 待办 grey (antd's success / error / neutral palettes). */
export const calendarStatusStyle: Record<CalendarStatus, CSSProperties> = {
  done: { background: '#f6ffed', color: '#389e0d', borderColor: '#b7eb8f' },
  missing: { background: '#fff1f0', color: '#cf1322', borderColor: '#ffa39e' },
  upcoming: { background: '#fafafa', color: '#8c8c8c', borderColor: '#d9d9d9' },
}

/** The outline that marks 当期, the period containing today. */
export const currentPeriodStyle: CSSProperties = { outline: '2px solid #1677ff', outlineOffset: -2 }
