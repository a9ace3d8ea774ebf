import type { CalendarDate } from './CalendarDate'
import { daysInMonth } from './daysInMonth'

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Days since 1970-01-01 for a valid `YYYY-MM-DD`, or undefined when the text is not a real date
 * (2026-02-30 is rejected). Integer arithmetic only, so no time zone can shift a deadline.
 */
export function dayNumberFromDate(text: CalendarDate): number | undefined {
  const match = datePattern.exec(text)
  if (match === null) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  // Civil-from-days in reverse: count from 1 March so the leap day ends the year.
  const shiftedYear = month <= 2 ? year - 1 : year
  const era = Math.floor(shiftedYear / 400)
  const yearOfEra = shiftedYear - era * 400
  const monthFromMarch = (month + 9) % 12
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}
