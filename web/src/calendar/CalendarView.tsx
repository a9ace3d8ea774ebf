import { Card, Flex, Typography } from 'antd'
import { useCallback, useMemo, useState } from 'react'
import type { CalendarPeriod } from '../api/CalendarPeriod'
import type { UnitReportsApi } from '../api/UnitReportsApi'
import type { UnitSchedule } from '../api/UnitSchedule'
import { useLanguage } from '../i18n/useLanguage'
import { useT } from '../i18n/useT'
import { ReportStatus } from '../shell/ReportStatus'
import { todayInChina } from '../shell/todayInChina'
import { useCachedReport } from '../shell/useCachedReport'
import { YearSwitch } from '../shell/YearSwitch'
import type { TemplateRecord } from '../storage/TemplateRecord'
import { useWorkspaceServices } from '../workspace/useWorkspaceServices'
import { buildCalendarRows } from './buildCalendarRows'
import { CalendarGrid } from './CalendarGrid'
import { CalendarLegend } from './CalendarLegend'
import { ScheduleManager } from './ScheduleManager'

const noSchedules: UnitSchedule[] = []
const noPeriods: CalendarPeriod[] = []

/**
 * 日历: a branch's year of recurring templates, month by month, with what is done, missing and still to do,
 * and (for editors) the schedules behind it. Offline it shows the last copy fetched on this device.
 */
export function CalendarView({
  unitId,
  api,
  templates,
  canEdit,
  online,
  today = todayInChina(),
  onOpenDocument,
  onCreateFromTemplate,
}: {
  unitId: string
  api: UnitReportsApi
  templates: TemplateRecord[]
  canEdit: boolean
  online: boolean
  /** YYYY-MM-DD in China; tests pin it */
  today?: string
  onOpenDocument: (docId: string) => void
  onCreateFromTemplate: (templateId: string, title: string) => void
}) {
  const t = useT()
  const [language] = useLanguage()
  const { store } = useWorkspaceServices()
  const [year, setYear] = useState(() => Number(today.slice(0, 4)))
  const calendar = useCachedReport(store, `calendar:${unitId}:${year}`, online, () =>
    api.calendar(unitId, `${year}-01`, `${year}-12`),
  )
  const schedules = useCachedReport(store, `schedules:${unitId}`, online, () => api.listSchedules(unitId))

  const templateName = useCallback(
    (templateId: string): string => {
      const template = templates.find((candidate) => candidate.id === templateId)
      if (template === undefined) return templateId
      return language === 'en' ? (template.nameEn ?? template.name) : template.name
    },
    [templates, language],
  )
  const rows = useMemo(
    () => buildCalendarRows(calendar.value ?? noPeriods, schedules.value ?? noSchedules, year, templateName),
    [calendar.value, schedules.value, year, templateName],
  )
  const { reload: reloadCalendar } = calendar
  const { reload: reloadSchedules } = schedules
  const onSchedulesChanged = useCallback(() => {
    reloadSchedules()
    reloadCalendar()
  }, [reloadSchedules, reloadCalendar])

  return (
    <Flex vertical gap={16} style={{ padding: 16 }} data-testid="calendar-view">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('calendar.title', { year })}
        </Typography.Title>
        <Flex gap={8} align="center">
          <ReportStatus state={calendar} />
          <YearSwitch year={year} onChange={setYear} />
        </Flex>
      </Flex>
      <CalendarLegend />
      {(calendar.value !== undefined || schedules.value !== undefined) && (
        <CalendarGrid
          rows={rows}
          today={today}
          canCreate={canEdit}
          onOpenDocument={onOpenDocument}
          onCreate={(period, label) => {
            const known = templates.some((template) => template.id === period.templateId)
            onCreateFromTemplate(
              period.templateId,
              `${known ? templateName(period.templateId) : period.title} ${label}`,
            )
          }}
        />
      )}
      <Card size="small" title={t('schedule.title')}>
        <ScheduleManager
          unitId={unitId}
          year={year}
          schedules={schedules.value ?? noSchedules}
          templates={templates}
          templateName={templateName}
          canEdit={canEdit}
          online={online}
          api={api}
          onChanged={onSchedulesChanged}
        />
      </Card>
    </Flex>
  )
}
