export { livingTemplateNodes } from './livingTemplateNodes'
export { configureLivingTemplateNodes } from './configureLivingTemplateNodes'
export type {
  CreateTaskRequest,
  LivingTemplateContext,
  TransitionRequest,
  UnitMember,
} from './shared/LivingTemplateContext'
export type { LivingTemplateNodeOptions } from './shared/LivingTemplateNodeOptions'
export type { AppraisalBallotService, OwnAppraisalBallot } from './shared/AppraisalBallotService'
export type { EvidenceFile, EvidenceService } from './shared/EvidenceService'
export { ChecklistBlock, ChecklistBlockView, writeChecklistAnswer } from './checklist-block'
export type { ChecklistBlockAttributes, ChecklistBlockOptions } from './checklist-block'
export { ScoreSummary, ScoreSummaryView } from './score-summary'
export type { ScoreSummaryOptions } from './score-summary'
export { MeetingHeaderBlock, MeetingHeaderView, absenceReasonLabels } from './meeting-header'
export type { MeetingHeaderOptions, MeetingHeaderPatch } from './meeting-header'
export { LedgerBlock, LedgerBlockView, deadlineBucketLabels, ledgerTitles } from './ledger-block'
export type { LedgerBlockOptions } from './ledger-block'
export { AppraisalBlock, AppraisalBlockView } from './appraisal-block'
export type { AppraisalBlockOptions } from './appraisal-block'
