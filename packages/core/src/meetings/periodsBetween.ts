import type { CalendarDate } from './CalendarDate'
import { daysInMonth } from './daysInMonth'
import type { MeetingCadence } from './MeetingCadence'
import type { MeetingPeriod } from './MeetingPeriod'

const monthsPerPeriod: Readonly<Record<MeetingCadence, number>> = {
  monthly: 1,
  quarterly: 3,
  halfYearly: 6,
  yearly: 12,
}

const pad = (value: number): string => String(value).padStart(2, '0')

function keyOf(cadence: MeetingCadence, year: number, firstMonth: number): string {
  switch (cadence) {
    case 'monthly':
      return `${year}-${pad(firstMonth)}`
    case 'quarterly':
      return `${year}-Q${(firstMonth + 2) / 3}`
    case 'halfYearly':
      return `${year}-H${(firstMonth + 5) / 6}`
    case 'yearly':
      return `${year}`
  }
}

/**
 * [S166] The whole calendar periods of a cadence that overlap [from, to], in order. Both dates must
 * already be valid `YYYY-MM-DD` with from ≤ to.
 */
export function periodsBetween(
  cadence: MeetingCadence,
  from: CalendarDate,
  to: CalendarDate,
): MeetingPeriod[] {
  const length = monthsPerPeriod[cadence]
  const fromYear = Number(from.slice(0, 4))
  const fromMonth = Number(from.slice(5, 7))
  const toIndex = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1
  // Align the first period to the cadence's calendar boundary (quarters start in Jan, Apr …).
  let index = fromYear * 12 + Math.floor((fromMonth - 1) / length) * length
  const periods: MeetingPeriod[] = []
  while (index <= toIndex) {
    const year = Math.floor(index / 12)
    const firstMonth = (index % 12) + 1
    const lastMonth = firstMonth + length - 1
    periods.push({
      key: keyOf(cadence, year, firstMonth),
      start: `${year}-${pad(firstMonth)}-01`,
      end: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
    })
    index += length
  }
  return periods
}
