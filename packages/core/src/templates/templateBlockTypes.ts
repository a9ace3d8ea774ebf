/**
 * [S230] Node types a template owns (the living blocks). Everything else in a body (headings, paragraphs,
 * lists) belongs to the document's writers once the document exists, so upgrades never touch it.
 */
export const templateBlockTypes: ReadonlySet<string> = new Set([
  'checklistBlock',
  'scoreSummary',
  'meetingHeader',
  'ledgerBlock',
  'appraisalBlock',
])
