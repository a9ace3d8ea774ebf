/** 评分要点 — one tick-box sub-criterion of a checklist item, worth `points` when ticked. */
export interface Criterion {
  readonly id: string
  readonly label: string
  readonly points: number
}
