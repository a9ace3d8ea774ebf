import type { MeetingType } from '../meetings/MeetingType'
import { findTemplate } from '../templates/findTemplate'

/**
 * [S261] The meeting type a schedule judges a built-in template's documents by: minutes templates only. The
 * 民主评议 template names its meeting type too but has no minutes header to fill, so its documents count by
 * their creation day like any other template ([S264]).
 */
export function meetingTypeOfTemplate(templateId: string): MeetingType | undefined {
  const template = findTemplate(templateId)
  return template?.kind === 'minutes' ? template.meetingType : undefined
}
