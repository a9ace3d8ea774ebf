import type { CalendarDate } from '../meetings/CalendarDate'
import type { RectificationKind } from './RectificationKind'

/** What the person turning a problem (问题) into a rectification item (整改事项) decides. */
export interface SpawnRectificationInput {
  readonly id: string
  readonly serial: number
  readonly kind: RectificationKind
  readonly deadline?: CalendarDate
}
