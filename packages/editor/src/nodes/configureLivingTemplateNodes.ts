import type { AnyExtension } from '@tiptap/core'
import { AppraisalBlock } from './appraisal-block/appraisalBlock'
import { ChecklistBlock } from './checklist-block/checklistBlock'
import { LedgerBlock } from './ledger-block/ledgerBlock'
import { MeetingHeaderBlock } from './meeting-header/meetingHeader'
import { ScoreSummary } from './score-summary/scoreSummary'
import type { LivingTemplateContext } from './shared/LivingTemplateContext'

/**
 * The five living-template nodes configured with one context, ready for `documentExtensions({ extra })`.
 * Every node gets the same context so, for instance, the checklist and the summary read the same review doc.
 */
export function configureLivingTemplateNodes(context: LivingTemplateContext): AnyExtension[] {
  return [
    ChecklistBlock.configure(context),
    ScoreSummary.configure(context),
    MeetingHeaderBlock.configure(context),
    LedgerBlock.configure(context),
    AppraisalBlock.configure(context),
  ]
}
