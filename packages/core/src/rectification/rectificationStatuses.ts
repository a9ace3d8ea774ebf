import type { RectificationStatus } from './RectificationStatus'

/** Every rectification status in workflow order. */
export const rectificationStatuses: readonly RectificationStatus[] = [
  'open',
  'in_progress',
  'submitted',
  'verified',
  'closed',
  'reopened',
]
