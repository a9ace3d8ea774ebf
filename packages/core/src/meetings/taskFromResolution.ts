import type { TaskRow } from '../rectification/TaskRow'
import { dayNumberFromDate } from './dayNumberFromDate'
import type { Resolution } from './Resolution'

/**
 * [S170] Turn a meeting resolution (决议 / 后续任务) into a 任务清单 row, linking the resolution to it.
 * The owner and a valid deadline carry over; a resolution that already has a task is refused so a
 * decision is never tracked twice.
 */
export function taskFromResolution(
  resolution: Resolution,
  taskId: string,
):
  | { readonly ok: true; readonly value: { readonly resolution: Resolution; readonly task: TaskRow } }
  | {
      readonly ok: false
      readonly error: { readonly code: 'RESOLUTION_ALREADY_TASKED'; readonly message: string }
    } {
  if (resolution.taskId !== undefined) {
    return {
      ok: false,
      error: { code: 'RESOLUTION_ALREADY_TASKED', message: `决议已生成任务 ${resolution.taskId}` },
    }
  }
  const deadline =
    resolution.deadline !== undefined && dayNumberFromDate(resolution.deadline) !== undefined
      ? resolution.deadline
      : undefined
  const task: TaskRow = {
    id: taskId,
    title: resolution.text,
    leader: '',
    department: '',
    owner: resolution.owner ?? '',
    requirements: '',
    done: false,
    ...(deadline === undefined ? {} : { deadline }),
  }
  return { ok: true, value: { resolution: { ...resolution, taskId }, task } }
}
