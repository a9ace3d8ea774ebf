import type { CalendarPeriod } from './CalendarPeriod'
import { parseCalendarPeriod } from './parseCalendarPeriod'
import { parseSchedule } from './parseSchedule'
import { parseUnitRanking } from './parseUnitRanking'
import { parseUnitScorecard } from './parseUnitScorecard'
import { readField } from './readField'
import { readList } from './readList'
import { sendApiRequest, type ApiRequestOptions } from './sendApiRequest'
import type { UnitReportsApi } from './UnitReportsApi'
import type { UnitSchedule } from './UnitSchedule'

function unitPath(unitId: string, rest: string): string {
  return `/api/units/${encodeURIComponent(unitId)}/${rest}`
}

/** UnitReportsApi over fetch; like the shell's client it never throws (offline is status 0, `NETWORK`). */
export function createUnitReportsApi(options: ApiRequestOptions): UnitReportsApi {
  return {
    listSchedules: (unitId) =>
      sendApiRequest(options, 'GET', unitPath(unitId, 'schedules'), undefined, (json) =>
        readList(json, 'schedules')
          .map(parseSchedule)
          .filter((schedule): schedule is UnitSchedule => schedule !== null),
      ),
    createSchedule: (unitId, body) =>
      sendApiRequest(options, 'POST', unitPath(unitId, 'schedules'), body, (json) => {
        const id = readField(json, 'id')
        return id === undefined ? null : { id }
      }),
    deleteSchedule: (unitId, scheduleId) =>
      sendApiRequest(
        options,
        'DELETE',
        unitPath(unitId, `schedules/${encodeURIComponent(scheduleId)}`),
        undefined,
        () => true as const,
      ),
    calendar: (unitId, from, to) =>
      sendApiRequest(
        options,
        'GET',
        unitPath(unitId, `calendar?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
        undefined,
        (json) =>
          readList(json, 'periods')
            .map(parseCalendarPeriod)
            .filter((period): period is CalendarPeriod => period !== null),
      ),
    scorecard: (unitId, year) =>
      sendApiRequest(
        options,
        'GET',
        unitPath(unitId, `scorecard?year=${year}`),
        undefined,
        parseUnitScorecard,
      ),
    ranking: (unitId, year) =>
      sendApiRequest(options, 'GET', unitPath(unitId, `ranking?year=${year}`), undefined, parseUnitRanking),
  }
}
