/** 单位视图: what the main area shows for the selected unit besides an open document. */
export type UnitView = 'documents' | 'calendar' | 'scorecard' | 'ranking'

/**
 * The views a unit offers: a branch (党支部) has its calendar and scorecard; an organisation or committee
 * (工委, 机关党委) ranks the branches under it. Any other unit only lists documents.
 */
export function unitViewsFor(kind: string | undefined): UnitView[] {
  if (kind === 'branch') return ['documents', 'calendar', 'scorecard']
  if (kind === 'organisation' || kind === 'committee') return ['documents', 'ranking']
  return ['documents']
}
