import type { CalendarDate } from '../meetings/CalendarDate'
import type { Role } from '../roles/Role'
import type { RectificationStatus } from './RectificationStatus'

/** 流转记录: one accepted status change, kept in the review room's `transitions` map. */
export interface RectificationTransitionRecord {
  readonly rowId: string
  readonly from: RectificationStatus
  readonly to: RectificationStatus
  readonly role: Role
  readonly on: CalendarDate
  readonly reason?: string
}
