import type { YDocIssue } from '../ydoc/YDocIssue'
import { createRowFieldReader } from './createRowFieldReader'
import type { MonthlyProgress } from './MonthlyProgress'
import { problemSources } from './problemSources'
import { rectificationKinds } from './rectificationKinds'
import type { RectificationRow } from './RectificationRow'
import { rectificationStatuses } from './rectificationStatuses'

const isProgress = (entry: unknown): entry is MonthlyProgress =>
  typeof entry === 'object' &&
  entry !== null &&
  typeof (entry as Record<string, unknown>)['month'] === 'string' &&
  typeof (entry as Record<string, unknown>)['text'] === 'string'

const isText = (entry: unknown): entry is string => typeof entry === 'string'

/** [S205] Read a 整改清单 row from its shared fields; undefined (with issues) when it cannot be typed. */
export function parseRectificationRow(
  id: string,
  fields: Readonly<Record<string, unknown>>,
  path: string,
  issues: YDocIssue[],
): RectificationRow | undefined {
  const before = issues.length
  const read = createRowFieldReader(fields, path, issues)
  const serial = read.count('serial')
  const source = read.choice('source', problemSources)
  const kind = read.choice('kind', rectificationKinds)
  const status = read.choice('status', rectificationStatuses)
  const ownerId = read.optionalText('ownerId')
  const deadline = read.optionalDate('deadline')
  const closedOn = read.optionalDate('closedOn')
  const problemId = read.optionalText('problemId')
  const row = {
    id,
    serial: serial ?? 0,
    source: source ?? 'other',
    category: read.text('category'),
    description: read.text('description'),
    goal: read.text('goal'),
    measures: read.text('measures'),
    leader: read.text('leader'),
    department: read.text('department'),
    owner: read.text('owner'),
    kind: kind ?? 'deadline',
    progress: read.list('progress', isProgress),
    completion: read.text('completion'),
    evidence: read.list('evidence', isText),
    acceptanceOpinion: read.text('acceptanceOpinion'),
    status: status ?? 'open',
    ...(ownerId === undefined ? {} : { ownerId }),
    ...(deadline === undefined ? {} : { deadline }),
    ...(closedOn === undefined ? {} : { closedOn }),
    ...(problemId === undefined ? {} : { problemId }),
  }
  return issues.length === before ? row : undefined
}
