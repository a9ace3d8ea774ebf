/** One weighted component of a branch's annual score (e.g. 认证 40%). Points are decimal text as sent. */
export interface ScorecardComponent {
  id: string
  title: string
  weight: string
  score: string
  full: string
  detail: string
}

/** A scored form (认证表, 评星表 …) that feeds the scorecard, linking to its document. */
export interface ScorecardForm {
  docId: string
  title: string
  schemeId: string
  total: string
  full: string
  grade: string | null
  passed: boolean
  /** 一票否决: a veto failed the form whatever its total */
  vetoed: boolean
}

/** 支部记分卡: a branch's year, from `GET /api/units/:id/scorecard?year=`. */
export interface UnitScorecard {
  unit: { id: string; name: string }
  year: number
  /** the scoring rules (记分规则) that produced it, when the server names them */
  rules: { id: string; title: string } | null
  components: ScorecardComponent[]
  total: string
  passed: boolean
  grade: string | null
  explanation: string[]
  forms: ScorecardForm[]
}
