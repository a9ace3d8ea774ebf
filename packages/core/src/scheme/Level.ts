/** 档次 — one level of a pick-one item, with its own points. */
export interface Level {
  readonly id: string
  readonly label: string
  readonly points: number
}
