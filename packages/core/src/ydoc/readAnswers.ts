import type * as Y from 'yjs'
import type { Answers } from '../scheme/Answers'
import { getAnswersMap } from './getAnswersMap'
import { getInspectionMap } from './getInspectionMap'
import { readAnswerColumn } from './readAnswerColumn'

/**
 * [S202] The document's answers: `self` from the content room, `inspector` from the review room.
 * An inspection map with no entries means no inspector has scored yet, so the inspector column is
 * left out (the engine then reports no 考核 sheet) rather than given as an empty column.
 */
export function readAnswers(contentDoc: Y.Doc, reviewDoc: Y.Doc | null): Answers {
  const self = readAnswerColumn(getAnswersMap(contentDoc))
  if (reviewDoc === null) return { self }
  const inspection = getInspectionMap(reviewDoc)
  if (inspection.size === 0) return { self }
  return { self, inspector: readAnswerColumn(inspection) }
}
