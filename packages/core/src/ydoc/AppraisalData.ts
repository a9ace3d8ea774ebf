import type { AppraisalGrade } from '../appraisal/AppraisalGrade'
import type { AppraisalMember } from '../appraisal/AppraisalMember'

/** 民主评议 block data in the content room (ballots are not here: the server keeps them private). */
export interface AppraisalData {
  /** Members in list order. */
  readonly members: readonly AppraisalMember[]
  /** 组织评定: the committee's grade per member id. */
  readonly decisions: Readonly<Record<string, AppraisalGrade>>
  /** 个人自评 text per member id. */
  readonly selfAssessments: Readonly<Record<string, string>>
}
