/** Per-frame fault probabilities of a {@link FaultyProxy}; all zero is a clean network. */
export interface FaultPlan {
  /** The frame is lost; the link is then cut after `cutDelayMs` (see FaultyProxy for why). */
  drop: number
  /** The frame is delivered twice, the copy up to `delayMs` later. */
  duplicate: number
  /** The frame is held back and delivered after the next frame, or after up to `delayMs`. */
  reorder: number
  /** Longest delay of a held or duplicated frame. */
  delayMs: number
  /** Longest time between a drop and the cut of its link. */
  cutDelayMs: number
}

/** No faults. */
export const cleanNetwork: FaultPlan = { drop: 0, duplicate: 0, reorder: 0, delayMs: 0, cutDelayMs: 0 }
