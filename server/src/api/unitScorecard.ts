import {
  calendarCompliance,
  computeBranchScorecard,
  readRectificationRows,
  readTaskRows,
  rectificationClosure,
  taskCompletion,
  type BranchScorecard,
  type RectificationRow,
  type ScorecardForm,
  type ScorecardInputs,
  type ScorecardRules,
  type TaskRow,
} from '@zhibu/core'
import type { UnitRecord } from '../storage/UnitRepo'
import type { ApiContext } from './ApiContext'
import { ApiError } from './ApiError'
import { scoreStoredDocument } from './scoreStoredDocument'
import { shanghaiDate } from './shanghaiDate'
import { templateIndex } from './templateIndex'
import { unitCalendar } from './unitCalendar'

/** A unit's scorecard for a year with the forms and counts it was computed from. */
export interface UnitScorecard {
  scorecard: BranchScorecard
  forms: ScorecardForm[]
  inputs: ScorecardInputs
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** The final sheet of a `GET /api/docs/:id/score` answer, or undefined when the answer is not an evaluation. */
function finalSheetOf(
  value: unknown,
):
  | { total: number; full: number; grade: string; gradeLabel: string; passed: boolean; vetoed: boolean }
  | undefined {
  if (!isRecord(value) || !isRecord(value.final)) return undefined
  const { total, full, grade, passed, vetoes } = value.final
  if (typeof total !== 'number' || typeof full !== 'number' || typeof passed !== 'boolean') return undefined
  const gradeId = isRecord(grade) && typeof grade.id === 'string' ? grade.id : ''
  const gradeLabel = isRecord(grade) && typeof grade.label === 'string' ? grade.label : gradeId
  const vetoed =
    Array.isArray(vetoes) &&
    vetoes.some((hit) => isRecord(hit) && isRecord(hit.effect) && hit.effect.kind === 'fail')
  return { total, full, grade: gradeId, gradeLabel, passed, vetoed }
}

/**
 * [S250]–[S259] over stored documents: the year's scored forms (through the same code as `GET /api/docs/:id/score`),
 * the schedules' meeting compliance, and the rectification (and task) ledgers, with deadlines in the year.
 */
export async function unitScorecard(
  context: Pick<ApiContext, 'store' | 'rooms' | 'domain'>,
  unit: UnitRecord,
  year: number,
  today: string,
  rules: ScorecardRules,
): Promise<UnitScorecard> {
  const { store, rooms, domain } = context
  const range = { from: `${year}-01-01`, to: `${year}-12-31` }
  const templates = templateIndex(domain)
  const documents = await store.documents.listByUnits([unit.id])
  const forms: ScorecardForm[] = []
  const rectificationRows: RectificationRow[] = []
  const taskRows: TaskRow[] = []
  const wantsTasks = rules.components.some((component) => component.kind === 'taskCompletion')
  for (const document of documents) {
    const createdOn = shanghaiDate(new Date(document.createdAt))
    const schemeId = templates.get(document.templateId)?.schemeId
    if (schemeId !== undefined && createdOn.startsWith(`${year}-`)) {
      const score = await scoreStoredDocument(rooms, domain, document.id)
      const sheet = score.ok ? finalSheetOf(score.value) : undefined
      if (sheet !== undefined)
        forms.push({ docId: document.id, title: document.title, schemeId, date: createdOn, ...sheet })
    }
    if (document.kind === 'rectification') {
      const [content, review] = await Promise.all([
        rooms.readDocument(document.id),
        rooms.readDocument(`${document.id}:review`),
      ])
      try {
        rectificationRows.push(...readRectificationRows(content, review).rows)
      } finally {
        content.destroy()
        review.destroy()
      }
    }
    if (wantsTasks && document.kind === 'tasks') {
      const content = await rooms.readDocument(document.id)
      try {
        taskRows.push(...readTaskRows(content).rows)
      } finally {
        content.destroy()
      }
    }
  }
  forms.sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0))
  const { calendar, schedules } = await unitCalendar(context, unit.id, range, today)
  const inputs: ScorecardInputs = {
    forms,
    ...(schedules.length === 0 ? {} : { meetings: calendarCompliance(calendar) }),
    rectification: rectificationClosure(rectificationRows, range, today),
    ...(wantsTasks ? { tasks: taskCompletion(taskRows, range, today) } : {}),
  }
  const scorecard = computeBranchScorecard(rules, inputs)
  if (!scorecard.ok) {
    throw new ApiError(
      409,
      'SCORECARD_RULES_INVALID',
      scorecard.problems.map((problem) => problem.message).join('; '),
    )
  }
  return { scorecard: scorecard.value, forms, inputs }
}
