/** 月报: one month's progress note on a rectification item. */
export interface MonthlyProgress {
  /** `YYYY-MM` */
  readonly month: string
  readonly text: string
}
