import type { YDocIssue } from '../ydoc/YDocIssue'
import { createRowFieldReader } from './createRowFieldReader'
import type { TaskRow } from './TaskRow'

/** [S205] Read a 任务清单 row from its shared fields; undefined (with issues) when it cannot be typed. */
export function parseTaskRow(
  id: string,
  fields: Readonly<Record<string, unknown>>,
  path: string,
  issues: YDocIssue[],
): TaskRow | undefined {
  const before = issues.length
  const read = createRowFieldReader(fields, path, issues)
  const ownerId = read.optionalText('ownerId')
  const deadline = read.optionalDate('deadline')
  const row: TaskRow = {
    id,
    title: read.text('title'),
    leader: read.text('leader'),
    department: read.text('department'),
    owner: read.text('owner'),
    requirements: read.text('requirements'),
    done: read.flag('done'),
    ...(ownerId === undefined ? {} : { ownerId }),
    ...(deadline === undefined ? {} : { deadline }),
  }
  return issues.length === before ? row : undefined
}
