import type { YDocIssue } from '../ydoc/YDocIssue'
import { createRowFieldReader } from './createRowFieldReader'
import type { ProblemRow } from './ProblemRow'
import { problemSources } from './problemSources'

/** [S205] Read a 问题清单 row from its shared fields; undefined (with issues) when it cannot be typed. */
export function parseProblemRow(
  id: string,
  fields: Readonly<Record<string, unknown>>,
  path: string,
  issues: YDocIssue[],
): ProblemRow | undefined {
  const before = issues.length
  const read = createRowFieldReader(fields, path, issues)
  const source = read.choice('source', problemSources)
  const foundOn = read.optionalDate('foundOn')
  const rectificationId = read.optionalText('rectificationId')
  if (foundOn === undefined && issues.length === before) {
    issues.push({
      code: 'YDOC_FIELD_MISSING',
      path: `${path}.foundOn`,
      message: 'foundOn 须为 YYYY-MM-DD 日期',
    })
  }
  const row: ProblemRow = {
    id,
    source: source ?? 'other',
    category: read.text('category'),
    description: read.text('description'),
    foundOn: foundOn ?? '',
    ...(rectificationId === undefined ? {} : { rectificationId }),
  }
  return issues.length === before ? row : undefined
}
