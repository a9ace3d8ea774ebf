import type { Role } from '../roles/Role'
import type { RectificationStatus } from './RectificationStatus'

/** 整改流转申请: who asks to move an item from one status to another. */
export interface RectificationTransitionRequest {
  readonly role: Role
  readonly from: RectificationStatus
  readonly to: RectificationStatus
  /**
   * Whether the item is the actor's own. The caller decides what "own" means (the server uses
   * the editor's own unit); core only enforces that editors act on their own items.
   */
  readonly isOwnItem: boolean
  readonly reason?: string
}
