import type { AppraisalTally, Resolution, RectificationStatus, Role, Scheme } from '@zhibu/core'
import type { AppraisalBallotService } from './AppraisalBallotService'
import type { EvidenceService } from './EvidenceService'
import type * as Y from 'yjs'

/** 单位成员 — a member of the unit, as the web app's member list gives it (for owner pickers and the appraisal list). */
export interface UnitMember {
  readonly id: string
  readonly name: string
  /** 正式党员 full or 预备党员 probationary; absent means full. */
  readonly status?: 'full' | 'probationary'
  /** Effective role on the unit; absent when the host does not know it. */
  readonly role?: Role
}

/** 转为任务 request from a meeting header's resolution (决议), for the branch's 任务清单. */
export interface CreateTaskRequest {
  readonly resolution: Resolution
  /** the meeting's title or type label, to name where the task came from */
  readonly meetingLabel: string
}

/** 整改流转申请 from a role that cannot write the content room (督办); the web app sends it to the API. */
export interface TransitionRequest {
  readonly rowId: string
  readonly from: RectificationStatus
  readonly to: RectificationStatus
  readonly reason?: string
}

/**
 * 模板块上下文 — what the web app tells the living-template blocks, through each node's options.
 * Every member is optional: a block without a piece of context shows less (no inspector column, no
 * tallies, no owner picker) instead of failing.
 */
export interface LivingTemplateContext {
  /** the `<docId>:review` room's Y.Doc, once connected: inspector (考核) answers are read from it */
  getReviewDoc?: () => Y.Doc | null
  /** the clock deadline buckets are computed against; defaults to the system clock */
  now?: () => Date
  /** the user's role on the document's unit; roles that cannot edit content see read-only blocks */
  role?: Role
  /** finds a scheme by id; defaults to core's built-in schemes */
  getScheme?: (schemeId: string) => Scheme | undefined
  /** 转为任务: called with a resolution; resolve with the new task's id to link it, or null */
  onCreateTask?: (request: CreateTaskRequest) => Promise<string | null> | string | null
  /** the unit's members, for owner pickers and the appraisal member list */
  getMembers?: () => readonly UnitMember[]
  /** 民主测评 tallies from the API (ballots are never in the shared document); committee roles only */
  getAppraisalTally?: () => Promise<AppraisalTally | null> | AppraisalTally | null
  /** a status move the user may make but not write (督办 acting through the API) */
  onRequestTransition?: (request: TransitionRequest) => Promise<void> | void
  /** 测评票: the user's own secret ballot through the API (members and editors); never the shared document */
  ballot?: AppraisalBallotService
  /** 佐证材料: evidence files per checklist item, uploaded and cached by the web app */
  evidence?: EvidenceService
  /** whether the document belongs to the user's own unit (own-item transitions); default true */
  isOwnUnit?: boolean
}
