import type { Language } from './Language'
import { languageStore } from './languageStore'

/** How much of a date to show: `date` → 2026年11月23日, `dateTime` → 11月23日 14:05, `full` → 2026年11月23日 14:05. */
export type DateStyle = 'date' | 'dateTime' | 'full'

const options: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { year: 'numeric', month: 'long', day: 'numeric' },
  dateTime: { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  full: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
}

/**
 * Formats a date for people in China: always in Asia/Shanghai time (the branches' wall clock, whatever the laptop
 * says), 24-hour, with Chinese year/month/day in zh-CN. Invalid input gives an empty string, never "Invalid Date".
 */
export function formatDate(
  value: Date | string | number,
  style: DateStyle = 'date',
  language: Language = languageStore.get(),
): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const locale = language === 'en' ? 'en-GB' : 'zh-CN'
  return new Intl.DateTimeFormat(locale, { ...options[style], timeZone: 'Asia/Shanghai' }).format(date)
}
