/** 加分事项 — one fact that earns a bonus, once or per occurrence (每次加1分), at most `cap` for this fact. */
export interface BonusFact {
  readonly id: string
  readonly label: string
  readonly mode: 'once' | 'perOccurrence'
  readonly points: number
  readonly cap?: number
  readonly dedupe?: boolean
}
