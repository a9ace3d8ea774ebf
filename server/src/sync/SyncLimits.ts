import type { TokenBucketOptions } from './TokenBucket'

/** Tunables of the sync rooms; defaults in {@link defaultSyncLimits}. */
export interface SyncLimits {
  /** Frames larger than this close the socket with 1009. */
  maxFrameBytes: number
  /** How long a room with no clients stays loaded. */
  roomIdleMs: number
  /** How often every open socket's session and role are re-checked. */
  accessRecheckMs: number
  /** Background compaction threshold (updates waiting). */
  compactAfterUpdates: number
  perConnection: TokenBucketOptions
  /** Shared by all sockets of one user on this node. */
  perUser: TokenBucketOptions
  /**
   * After one of a user's sockets is closed with 4429, that user's new sockets on this node are refused with 4429
   * for this long, so a flooder cannot buy a fresh burst (and a room join) by reconnecting.
   */
  rateLimitPenaltyMs: number
  maxBufferedBytes: number
  maxInflightUpdates: number
}

/** Production defaults. */
export const defaultSyncLimits: SyncLimits = {
  maxFrameBytes: 8 * 1024 * 1024,
  roomIdleMs: 30_000,
  accessRecheckMs: 2_000,
  compactAfterUpdates: 500,
  perConnection: { ratePerSecond: 200, burst: 1_000 },
  perUser: { ratePerSecond: 400, burst: 2_000 },
  rateLimitPenaltyMs: 10_000,
  maxBufferedBytes: 64 * 1024 * 1024,
  maxInflightUpdates: 256,
}
