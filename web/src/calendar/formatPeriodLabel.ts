import type { Language } from '../i18n/Language'
import { translate } from '../i18n/translate'
import { monthOf } from './monthOf'

/**
 * A period the way people name it: 2026年3月, 2026年第1季度, 2026年上半年, 2026年 (English: March 2026, Q1 2026 …),
 * from its first and last day. A period of any other length keeps the server's label.
 */
export function formatPeriodLabel(
  period: { start: string; end: string; label: string },
  language: Language,
): string {
  const start = monthOf(period.start)
  const end = monthOf(period.end)
  if (start === null || end === null) return period.label
  const months = (end.year - start.year) * 12 + end.month - start.month + 1
  const year = start.year
  if (months === 1)
    return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(Date.UTC(year, start.month - 1, 1))
  if (months === 3 && start.month % 3 === 1)
    return translate(language, 'period.quarter', { year, quarter: (start.month + 2) / 3 })
  if (months === 6 && (start.month === 1 || start.month === 7))
    return translate(language, start.month === 1 ? 'period.firstHalf' : 'period.secondHalf', { year })
  if (months === 12 && start.month === 1) return translate(language, 'period.year', { year })
  return period.label
}
