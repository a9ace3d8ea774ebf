import type * as Y from 'yjs'
import type { Evaluation } from '../engine/Evaluation'
import { evaluate } from '../engine/evaluate'
import type { Checked } from '../scheme/Checked'
import type { Scheme } from '../scheme/Scheme'
import { readAnswers } from './readAnswers'

/**
 * [S208] The document score: `evaluate` over the content room's `answers` and the review room's
 * `inspection`. The API's `GET /api/docs/:id/score` and the live score in the page both call this,
 * so they agree exactly.
 */
export function scoreDocument(
  scheme: Scheme,
  contentDoc: Y.Doc,
  reviewDoc: Y.Doc | null,
): Checked<Evaluation> {
  return evaluate(scheme, readAnswers(contentDoc, reviewDoc))
}
