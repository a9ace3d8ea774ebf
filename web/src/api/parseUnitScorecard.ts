import { readBoolean } from './readBoolean'
import { readCount } from './readCount'
import { readField } from './readField'
import { readList } from './readList'
import { readPoints } from './readPoints'
import { readRecord } from './readRecord'
import { readTextLines } from './readTextLines'
import type { ScorecardComponent, ScorecardForm, UnitScorecard } from './UnitScorecard'

function parseComponent(value: unknown): ScorecardComponent | null {
  const id = readField(value, 'id')
  if (id === undefined) return null
  return {
    id,
    title: readField(value, 'title') ?? id,
    // The engine also sends a per-mille `weight` beside the `weightText` people read (40%).
    weight: readField(value, 'weightText') ?? readPoints(value, 'weight') ?? '',
    score: readPoints(value, 'score') ?? '',
    full: readPoints(value, 'full') ?? '',
    detail: readField(value, 'detail') ?? '',
  }
}

function parseForm(value: unknown): ScorecardForm | null {
  const docId = readField(value, 'docId')
  if (docId === undefined) return null
  return {
    docId,
    title: readField(value, 'title') ?? docId,
    schemeId: readField(value, 'schemeId') ?? '',
    total: readPoints(value, 'total') ?? '',
    full: readPoints(value, 'full') ?? '',
    // People read the band's label (三星); older servers sent only its id.
    grade: readField(value, 'gradeLabel') ?? readField(value, 'grade') ?? null,
    passed: readBoolean(value, 'passed') ?? false,
    vetoed: readBoolean(value, 'vetoed') ?? false,
  }
}

function present<T>(value: T | null): value is T {
  return value !== null
}

/** `GET /api/units/:id/scorecard?year=`: null when the unit, the year or the total is missing. */
export function parseUnitScorecard(value: unknown): UnitScorecard | null {
  const unit = readRecord(value, 'unit')
  const unitId = readField(unit, 'id')
  const year = readCount(value, 'year')
  // `totalText` is the engine's exact decimal; `total` alone is accepted from servers that send only it.
  const total = readField(value, 'totalText') ?? readPoints(value, 'total')
  if (unitId === undefined || year === undefined || total === undefined) return null
  const rules = readRecord(value, 'rules')
  const rulesId = readField(rules, 'id')
  return {
    unit: { id: unitId, name: readField(unit, 'name') ?? unitId },
    year,
    rules: rulesId === undefined ? null : { id: rulesId, title: readField(rules, 'title') ?? rulesId },
    components: readList(value, 'components').map(parseComponent).filter(present),
    total,
    passed: readBoolean(value, 'passed') ?? false,
    grade: readField(value, 'grade') ?? null,
    explanation: readTextLines(
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>).explanation : [],
    ),
    forms: readList(value, 'forms').map(parseForm).filter(present),
  }
}
