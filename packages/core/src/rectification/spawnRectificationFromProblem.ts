import type { ProblemRow } from './ProblemRow'
import type { RectificationRow } from './RectificationRow'
import type { SpawnRectificationInput } from './SpawnRectificationInput'

/**
 * [S146] A problem spawns one open rectification row that copies its source, category and
 * description and links both ways (row.problemId, problem.rectificationId), so neither ledger
 * loses track of the other. A problem that already has a rectification row is refused, so a
 * double click cannot create two items for one problem.
 */
export function spawnRectificationFromProblem(
  problem: ProblemRow,
  input: SpawnRectificationInput,
):
  | {
      readonly ok: true
      readonly value: { readonly problem: ProblemRow; readonly rectification: RectificationRow }
    }
  | {
      readonly ok: false
      readonly error: { readonly code: 'PROBLEM_ALREADY_SPAWNED'; readonly message: string }
    } {
  if (problem.rectificationId !== undefined) {
    return {
      ok: false,
      error: { code: 'PROBLEM_ALREADY_SPAWNED', message: `问题已生成整改事项 ${problem.rectificationId}` },
    }
  }
  const rectification: RectificationRow = {
    id: input.id,
    serial: input.serial,
    source: problem.source,
    category: problem.category,
    description: problem.description,
    goal: '',
    measures: '',
    leader: '',
    department: '',
    owner: '',
    kind: input.kind,
    progress: [],
    completion: '',
    evidence: [],
    acceptanceOpinion: '',
    status: 'open',
    problemId: problem.id,
    ...(input.deadline === undefined ? {} : { deadline: input.deadline }),
  }
  return { ok: true, value: { problem: { ...problem, rectificationId: input.id }, rectification } }
}
