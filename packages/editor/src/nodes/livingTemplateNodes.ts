import type { AnyExtension } from '@tiptap/core'
import { AppraisalBlock } from './appraisal-block/appraisalBlock'
import { ChecklistBlock } from './checklist-block/checklistBlock'
import { LedgerBlock } from './ledger-block/ledgerBlock'
import { MeetingHeaderBlock } from './meeting-header/meetingHeader'
import { ScoreSummary } from './score-summary/scoreSummary'

/**
 * 活模板块 — the five living-template nodes with default options (no context: built-in schemes, system
 * clock, no review doc). Use `configureLivingTemplateNodes` to pass the web app's context.
 */
export const livingTemplateNodes: readonly AnyExtension[] = [
  ChecklistBlock,
  ScoreSummary,
  MeetingHeaderBlock,
  LedgerBlock,
  AppraisalBlock,
]
