import type { VetoEffect } from '../scheme/VetoEffect'

/** 否决记录 — a triggered veto or grade lock. */
export interface VetoHit {
  readonly itemId: string
  readonly title: string
  readonly stage: 'entry' | 'scoring'
  readonly effect: VetoEffect
}
