/**
 * 比例规则 as the ranking answer describes it: a rule across the cohort (前10%为一级, 不超过1/3, 约10%) with its
 * exact share, or plain text when the server sends words instead of a structure.
 */
export type CohortRuleSummary =
  | {
      kind: 'topShare' | 'cap' | 'quota'
      share: { numerator: number; denominator: number }
      /** the population: every unit, or the units that passed */
      of: 'all' | 'passing'
      grade: string
      /** topShare: the grade of the rest of the population */
      otherwise?: string
      /** cap: the grade the excess falls to */
      demoteTo?: string
    }
  | { kind: 'text'; text: string }
