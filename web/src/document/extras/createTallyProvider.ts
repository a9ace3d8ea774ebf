import type { AppraisalTally } from '@zhibu/core'
import type { DocumentExtrasApi } from '../../api/DocumentExtrasApi'

function isTally(value: unknown): value is AppraisalTally {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return typeof record.ballotCount === 'number' && Array.isArray(record.members)
}

/** 测评结果 for the committee's appraisal block: `GET /api/docs/:id/tally`'s tally, in core's shape. */
export function createTallyProvider(
  api: DocumentExtrasApi,
  docId: string,
): () => Promise<AppraisalTally | null> {
  return async () => {
    const result = await api.tally(docId)
    if (!result.ok) {
      // Nobody has voted yet, or the server is out of reach: the block simply shows no counts.
      if (result.error.status === 0 || result.error.status === 404) return null
      throw new Error(result.error.message)
    }
    const { tally } = result.value
    if (!isTally(tally)) return null
    return { ...tally, issues: Array.isArray(tally.issues) ? tally.issues : [] }
  }
}
