export { documentExtensions } from './documentExtensions'
export { documentField } from './documentField'
export type { AwarenessProvider, CollaborationUser, DocumentExtensionsOptions } from './documentExtensions'
export { userColor } from './collaboration/userColor'
export { sanitizePastedHtml } from './paste/sanitizePastedHtml'
export { PasteSanitizer } from './paste/PasteSanitizer'
export { PreserveUnknownContent } from './unknown-content/PreserveUnknownContent'
export type { PreserveUnknownContentOptions } from './unknown-content/PreserveUnknownContent'
export { patchSchemaToPreserveUnknownContent } from './unknown-content/patchSchemaToPreserveUnknownContent'
export { UnknownBlock } from './unknown-content/UnknownBlock'
export { UnknownInline } from './unknown-content/UnknownInline'
export { EditorToolbar } from './toolbar/EditorToolbar'
export type { EditorToolbarProps } from './toolbar/EditorToolbar'
export { editorToolbarLabels } from './toolbar/editorToolbarLabels'
export type { EditorToolbarLabels } from './toolbar/editorToolbarLabels'
export { isSafeUrl } from './toolbar/isSafeUrl'
export {
  AppraisalBlock,
  AppraisalBlockView,
  ChecklistBlock,
  ChecklistBlockView,
  LedgerBlock,
  LedgerBlockView,
  MeetingHeaderBlock,
  MeetingHeaderView,
  ScoreSummary,
  ScoreSummaryView,
  absenceReasonLabels,
  configureLivingTemplateNodes,
  deadlineBucketLabels,
  ledgerTitles,
  livingTemplateNodes,
  writeChecklistAnswer,
} from './nodes'
export type {
  AppraisalBallotService,
  AppraisalBlockOptions,
  EvidenceFile,
  EvidenceService,
  OwnAppraisalBallot,
  ChecklistBlockAttributes,
  ChecklistBlockOptions,
  CreateTaskRequest,
  LedgerBlockOptions,
  LivingTemplateContext,
  LivingTemplateNodeOptions,
  MeetingHeaderOptions,
  MeetingHeaderPatch,
  ScoreSummaryOptions,
  TransitionRequest,
  UnitMember,
} from './nodes'
