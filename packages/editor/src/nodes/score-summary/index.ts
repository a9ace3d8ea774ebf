export { ScoreSummary } from './scoreSummary'
export type { ScoreSummaryOptions } from './scoreSummary'
export { ScoreSummaryView } from './ScoreSummaryView'
