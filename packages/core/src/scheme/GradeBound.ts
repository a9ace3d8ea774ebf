/** 分数线 — one end of a grade band, with its inclusiveness spelled out ("90分以上" vs "90分以下"). */
export interface GradeBound {
  readonly points: number
  readonly inclusive: boolean
}
