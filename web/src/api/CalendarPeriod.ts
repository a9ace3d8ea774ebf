/** Whether a period's documents are there: 已完成, 缺失 (the period is over or due without them), 待办. */
export type CalendarStatus = 'done' | 'missing' | 'upcoming'

/** A document that fills a calendar period. */
export interface CalendarDocument {
  id: string
  title: string
  /** the document's date, YYYY-MM-DD or ISO */
  date: string
}

/** 日历格: one period of one schedule, from `GET /api/units/:id/calendar`. */
export interface CalendarPeriod {
  scheduleId: string
  templateId: string
  kind: string
  /** the template's name (支委会会议记录 …) */
  title: string
  period: { start: string; end: string; label: string }
  status: CalendarStatus
  /** 当期, when the server says so; otherwise the view works it out from today's date in China */
  current?: boolean
  documents: CalendarDocument[]
}
