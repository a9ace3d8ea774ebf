import { toCalendarDate } from '@zhibu/core'
import type { LivingTemplateContext } from './LivingTemplateContext'

/** Today's calendar date by the clock the web app supplies (tests and the server pass a fixed one). */
export function todayOf(context: LivingTemplateContext): string {
  return toCalendarDate(context.now?.() ?? new Date())
}
