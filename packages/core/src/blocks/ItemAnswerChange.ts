import type { RuleHit } from '../scheme/RuleHit'

/**
 * 答题操作 — one edit a checklist block makes to an item's answer, before it is checked against the item:
 * - `answered`: mark the item answered with nothing to report (满分, no deductions) or, with false, clear it;
 * - `notApplicable`: 不适用 on or off;
 * - `deduction` / `bonus`: set (or with null remove) one rule's or fact's hit;
 * - `level`: pick a level (null clears the pick);
 * - `criterion`: tick or untick a sub-criterion;
 * - `triggered` / `met`: a veto's or flag's fact;
 * - `note`: the free note (empty text removes it).
 */
export type ItemAnswerChange =
  | { readonly type: 'answered'; readonly value: boolean }
  | { readonly type: 'notApplicable'; readonly value: boolean }
  | { readonly type: 'deduction'; readonly ruleId: string; readonly hit: RuleHit | null }
  | { readonly type: 'bonus'; readonly factId: string; readonly hit: RuleHit | null }
  | { readonly type: 'level'; readonly levelId: string | null }
  | { readonly type: 'criterion'; readonly criterionId: string; readonly checked: boolean }
  | { readonly type: 'triggered'; readonly value: boolean }
  | { readonly type: 'met'; readonly value: boolean }
  | { readonly type: 'note'; readonly text: string }
