/** 表单得分: one scored form (认证表, 星级评定表) of the branch, exactly as `GET /api/docs/:id/score` reports it. */
export interface ScorecardForm {
  readonly docId: string
  readonly title: string
  readonly schemeId: string
  /** the calendar day the form belongs to (created); the latest form of a scheme is the one used. */
  readonly date: string
  /** the final sheet's total and full points (exact to 0.001). */
  readonly total: number
  readonly full: number
  readonly grade: string
  /** the grade band's label (一级, 三星…), for people; `grade` is its id. */
  readonly gradeLabel?: string
  readonly passed: boolean
  /** a failing veto (一票否决) was triggered. */
  readonly vetoed: boolean
}
