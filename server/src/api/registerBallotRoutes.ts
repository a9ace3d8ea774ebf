import type { FastifyInstance } from 'fastify'
import {
  appraisalGradeLabels,
  appraisalGrades,
  canCastBallot,
  canViewBallotTally,
  checkAppraisalDecisions,
  readAppraisalData,
  tallyAppraisal,
  type AppraisalGrade,
  type AppraisalIssue,
} from '@zhibu/core'
import type { UserRecord } from '../storage/UserRepo'
import type { ApiContext } from './ApiContext'
import { ApiError } from './ApiError'
import { parseInput } from './parseInput'
import { recordAudit } from './recordAudit'
import { requireAuth } from './requireAuth'
import { requireDocumentRole } from './requireDocumentRole'
import { rollupSchemas } from './rollupSchemas'
import { schemas } from './schemas'

type GradeLabel = (typeof appraisalGradeLabels)[AppraisalGrade]

const gradeOfLabel = new Map<string, AppraisalGrade>(
  appraisalGrades.map((grade) => [appraisalGradeLabels[grade], grade]),
)

function labelsOf(grades: Record<string, string>): Record<string, GradeLabel> {
  const labelled: Record<string, GradeLabel> = {}
  for (const [memberId, grade] of Object.entries(grades)) {
    if (grade in appraisalGradeLabels) labelled[memberId] = appraisalGradeLabels[grade as AppraisalGrade]
  }
  return labelled
}

// Issue paths name the ballot's position; positions follow voter ids, so they are blanked for the committee.
function withoutBallotPositions(issue: AppraisalIssue): AppraisalIssue {
  return { ...issue, path: issue.path.replace(/^ballots\[\d+\]/, 'ballots[*]') }
}

// Sorted by content so the order of issues cannot follow the order of voters either.
function byContent(left: AppraisalIssue, right: AppraisalIssue): number {
  const leftKey = `${left.path}\u0000${left.code}\u0000${left.message}`
  const rightKey = `${right.path}\u0000${right.code}\u0000${right.message}`
  return leftKey < rightKey ? -1 : leftKey > rightKey ? 1 : 0
}

/**
 * 民主测评票: ballots are kept in the `ballots` table, never in a shared document. A voter reads only their own
 * ballot; the committee (editors) and admins read the tally, which counts grades and lists notes without any
 * voter id ([S180]–[S186]).
 */
export function registerBallotRoutes(app: FastifyInstance, context: ApiContext, now: () => Date): void {
  const { store, access, rooms } = context

  async function appraisalDocument(user: UserRecord, docId: string) {
    const { role } = await requireDocumentRole(access, user, docId)
    const document = await store.documents.findById(docId)
    if (document === undefined) throw new ApiError(404, 'DOCUMENT_NOT_FOUND', 'document not found')
    if (document.kind !== 'appraisal')
      throw new ApiError(409, 'NOT_APPRAISAL', 'ballots belong to 民主评议党员 documents only')
    return { role, document }
  }

  app.put('/api/docs/:id/ballot', async (request) => {
    const auth = await requireAuth(store, request)
    const id = parseInput(schemas.docId, (request.params as { id?: unknown }).id)
    const { role } = await appraisalDocument(auth.user, id)
    if (!canCastBallot(role))
      throw new ApiError(403, 'FORBIDDEN', 'only the branch members and committee cast ballots')
    const body = parseInput(rollupSchemas.ballot, request.body)
    const grades: Record<string, string> = {}
    for (const [memberId, label] of Object.entries(body.grades))
      grades[memberId] = gradeOfLabel.get(label) ?? ''
    const castAt = now().toISOString()
    const replaced = await store.ballots.put({
      docId: id,
      voterId: auth.user.id,
      grades,
      notes: body.notes ?? {},
      castAt,
    })
    // The audit says who voted and when, never what: the grades stay in the ballots table only.
    await recordAudit(store, request, auth.user.id, 'ballot.cast', id, { replaced })
    return { castAt }
  })

  app.get('/api/docs/:id/ballot', async (request) => {
    const auth = await requireAuth(store, request)
    const id = parseInput(schemas.docId, (request.params as { id?: unknown }).id)
    await appraisalDocument(auth.user, id)
    const ballot = await store.ballots.find(id, auth.user.id)
    if (ballot === undefined) throw new ApiError(404, 'BALLOT_NOT_FOUND', 'you have not cast a ballot')
    return { grades: labelsOf(ballot.grades), notes: ballot.notes, castAt: ballot.castAt }
  })

  app.get('/api/docs/:id/tally', async (request) => {
    const auth = await requireAuth(store, request)
    const id = parseInput(schemas.docId, (request.params as { id?: unknown }).id)
    const { role } = await appraisalDocument(auth.user, id)
    if (!canViewBallotTally(role))
      throw new ApiError(403, 'FORBIDDEN', 'tallies are for the committee (editors) and admins')
    const content = await rooms.readDocument(id)
    let data
    try {
      data = readAppraisalData(content).data
    } finally {
      content.destroy()
    }
    const ballots = await store.ballots.listForDocument(id)
    const tally = tallyAppraisal(
      data.members,
      ballots.map((ballot) => ({
        voterId: ballot.voterId,
        grades: ballot.grades as Record<string, AppraisalGrade>,
        problems: ballot.notes,
      })),
    )
    const quota = checkAppraisalDecisions(data.members, data.decisions)
    return {
      tally: { ...tally, issues: tally.issues.map(withoutBallotPositions).sort(byContent) },
      quota,
      voters: ballots.length,
    }
  })
}
