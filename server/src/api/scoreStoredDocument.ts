import type { DocumentDomain } from '../domain/DocumentDomain'
import type { Result } from '../Result'
import type { RoomManager } from '../sync/RoomManager'

/**
 * A document's score from its stored rooms (content answers, review inspection): the one code path behind
 * `GET /api/docs/:id/score` and the scorecard's forms, so both report exactly the same numbers.
 */
export async function scoreStoredDocument(
  rooms: RoomManager,
  domain: DocumentDomain,
  docId: string,
): Promise<Result<unknown, 'NO_SCHEME' | 'SCORE_FAILED', string>> {
  const [content, review] = await Promise.all([
    rooms.readDocument(docId),
    rooms.readDocument(`${docId}:review`),
  ])
  try {
    return domain.score(content, review)
  } finally {
    content.destroy()
    review.destroy()
  }
}
