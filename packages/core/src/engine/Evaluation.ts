import type { Problem } from '../scheme/Problem'
import type { ScoreSheet } from './ScoreSheet'

/**
 * 评分结果 — a unit's answers scored on a scheme: the final sheet (inspector's answer per item where present,
 * else the self answer) and both columns scored on their own.
 */
export interface Evaluation {
  readonly schemeId: string
  readonly schemeVersion: string
  readonly final: ScoreSheet
  /** 自查分: the self column alone. */
  readonly self: ScoreSheet
  /** 考核分: the inspector column alone; null when there is no inspector column. */
  readonly inspector: ScoreSheet | null
  /** warnings from the scheme and the answers (errors make evaluate fail instead). */
  readonly problems: readonly Problem[]
}
