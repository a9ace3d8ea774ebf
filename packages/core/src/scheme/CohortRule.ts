import type { Share } from './Share'

/**
 * 比例规则 — a rule across many units' results, applied in the order listed:
 * - `topShare`: the best `share` of the population get `grade`, the rest of the population get `otherwise`
 *   (天台: 认证通过的前10%为一级, 其余为二级); `count` says how a fractional count rounds; `ties` whether units
 *   tied with the last one in also get the grade;
 * - `cap`: hard cap (不超过): at most `share` of the population keep `grade`; the lowest-ranked excess get
 *   `demoteTo`; ties at the cut are all demoted, so the cap is never exceeded;
 * - `quota`: soft quota (约): only a warning when more than `share` of the population have `grade`.
 * `of`: the population is every unit (`all`) or the units whose form passed (`passing`).
 */
export type CohortRule =
  | {
      readonly kind: 'topShare'
      readonly id: string
      readonly share: Share
      readonly of: 'all' | 'passing'
      readonly grade: string
      readonly otherwise?: string
      readonly count: 'floor' | 'ceil' | 'half-up'
      readonly ties: 'include' | 'exclude'
    }
  | {
      readonly kind: 'cap'
      readonly id: string
      readonly share: Share
      readonly of: 'all' | 'passing'
      readonly grade: string
      readonly demoteTo: string
    }
  | {
      readonly kind: 'quota'
      readonly id: string
      readonly share: Share
      readonly of: 'all' | 'passing'
      readonly grade: string
    }
