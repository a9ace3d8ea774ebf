import { describe, expect, it } from 'vitest'
import { taskFromResolution } from './taskFromResolution'

describe('taskFromResolution', () => {
  it('[S170] creates an open task from a resolution and links them', () => {
    const result = taskFromResolution(
      { id: 'res-1', text: '本月完成党费收缴', owner: '组织委员', deadline: '2026-03-31' },
      'task-1',
    )
    expect(result).toEqual({
      ok: true,
      value: {
        resolution: {
          id: 'res-1',
          text: '本月完成党费收缴',
          owner: '组织委员',
          deadline: '2026-03-31',
          taskId: 'task-1',
        },
        task: {
          id: 'task-1',
          title: '本月完成党费收缴',
          leader: '',
          department: '',
          owner: '组织委员',
          requirements: '',
          done: false,
          deadline: '2026-03-31',
        },
      },
    })
  })

  it('[S170] drops an invalid deadline rather than inventing one', () => {
    const result = taskFromResolution({ id: 'res-1', text: 't', deadline: '月底' }, 'task-1')
    expect(result.ok && 'deadline' in result.value.task).toBe(false)
  })

  it('[S170] refuses a resolution that already has a task', () => {
    const result = taskFromResolution({ id: 'res-1', text: 't', taskId: 'task-0' }, 'task-1')
    expect(result.ok ? 'ok' : result.error.code).toBe('RESOLUTION_ALREADY_TASKED')
  })
})
