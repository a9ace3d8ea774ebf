/** 评议对象: a member on the appraisal list. */
export interface AppraisalMember {
  readonly id: string
  readonly name: string
  /** 正式党员 full or 预备党员 probationary; probationary members take part but are not graded. */
  readonly status: 'full' | 'probationary'
  /**
   * 经批准不列入评议对象 (long illness, abroad over half a year …): not appraised and casts no
   * ballot, but still a full member of the branch for the 优秀 quota ([S184]).
   */
  readonly excluded?: boolean
}
