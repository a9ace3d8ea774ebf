import type { BonusFact } from './BonusFact'
import type { Criterion } from './Criterion'
import type { DeductionRule } from './DeductionRule'
import type { ItemBase } from './ItemBase'
import type { Level } from './Level'
import type { VetoEffect } from './VetoEffect'

/**
 * 评分项 — one row of a scoring table, by kind:
 * - `deduction`: starts at `fullPoints`, loses points by its rules, floored at zero (扣完为止);
 * - `checklist`: earns the points of ticked criteria (勾选), then loses points by its rules, floored at zero;
 * - `levels`: earns the points of the one chosen level (选档);
 * - `bonus`: earns bonus points beyond full marks (加分), at most `cap`; `cumulative: false` means 不累计 (the best fact only);
 * - `penalty`: direct deductions from the total (直接扣分), at most `cap`, no full points of its own;
 * - `veto`: a fact that fails the form or locks the grade (一票否决, 不能列为一类); `stage: 'entry'` = 准入条件;
 * - `flag`: a yes/no condition a grade band may require (有创新项目).
 */
export type SchemeItem =
  | (ItemBase & {
      readonly kind: 'deduction'
      readonly fullPoints: number
      readonly rules: readonly DeductionRule[]
    })
  | (ItemBase & {
      readonly kind: 'checklist'
      readonly fullPoints: number
      readonly criteria: readonly Criterion[]
      readonly rules?: readonly DeductionRule[]
    })
  | (ItemBase & { readonly kind: 'levels'; readonly fullPoints: number; readonly levels: readonly Level[] })
  | (ItemBase & {
      readonly kind: 'bonus'
      readonly facts: readonly BonusFact[]
      readonly cumulative: boolean
      readonly cap?: number
    })
  | (ItemBase & { readonly kind: 'penalty'; readonly rules: readonly DeductionRule[]; readonly cap?: number })
  | (ItemBase & { readonly kind: 'veto'; readonly stage: 'entry' | 'scoring'; readonly effect: VetoEffect })
  | (ItemBase & { readonly kind: 'flag' })
