import type { RectificationStatus } from './RectificationStatus'

/**
 * [S145] A rectification item is done once the supervisor has accepted it (verified) or closed it
 * (销号). A submitted item is still open work: it can be sent back, so it can still run late.
 */
export function isRectificationDone(status: RectificationStatus): boolean {
  return status === 'verified' || status === 'closed'
}
