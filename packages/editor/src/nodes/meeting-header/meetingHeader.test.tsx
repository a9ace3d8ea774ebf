import { readMeetingHeader, writeMeetingHeader } from '@zhibu/core'
import type { Resolution } from '@zhibu/core'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { CreateTaskRequest } from '../shared/LivingTemplateContext'
import {
  click,
  destroyTestEditors,
  enabledControls,
  mountTestEditor,
  settle,
  syncedDocs,
  typeInto,
} from '../shared/mountTestEditor'

const header = { type: 'meetingHeader' }
const field = (dom: HTMLElement, name: string): HTMLInputElement | null =>
  dom.querySelector(`[data-field="${name}"]`)
const quorum = (dom: HTMLElement): Element | null => dom.querySelector('[data-testid="meeting-quorum"]')

afterEach(destroyTestEditors)

describe('meetingHeader', () => {
  it('round-trips through HTML as a meeting-header block', async () => {
    const { editor } = await mountTestEditor(new Y.Doc(), { content: [header] })
    expect(editor.getHTML()).toContain('data-type="meeting-header"')
    const { editor: copy } = await mountTestEditor(new Y.Doc(), { content: editor.getHTML() })
    expect(copy.getJSON().content?.[0]).toEqual(header)
  })

  it('writes typed fields into the meeting map and computes quorum against those due', async () => {
    const ydoc = new Y.Doc()
    const { dom } = await mountTestEditor(ydoc, { content: [header] })
    expect(quorum(dom)?.textContent).toBe('尚未填写: 会议类型、应到人数、实到人数')
    await typeInto(dom.querySelector('select[data-field="type"]'), 'branchAssembly')
    await typeInto(field(dom, 'dueVoting'), '10')
    await typeInto(field(dom, 'presentVoting'), '5')
    await typeInto(field(dom, 'place'), '党员活动室')
    expect(readMeetingHeader(ydoc).header).toEqual({
      type: 'branchAssembly',
      dueVoting: 10,
      presentVoting: 5,
      place: '党员活动室',
    })
    expect(quorum(dom)?.getAttribute('data-status')).toBe('notMet')
    await typeInto(field(dom, 'presentVoting'), '6')
    expect(quorum(dom)?.getAttribute('data-status')).toBe('met')
    expect(quorum(dom)?.textContent).toBe('应到10人, 实到6人, 须超过半数(至少6人): 符合开会要求')
  })

  it('judges a vote by more than half of those due, not of those present', async () => {
    const ydoc = new Y.Doc()
    const { editor, dom } = await mountTestEditor(ydoc, { content: [header] })
    await settle(() =>
      editor.commands.updateMeetingHeader({
        type: 'branchAssembly',
        dueVoting: 10,
        presentVoting: 6,
        votes: [{ motion: '接收预备党员', kind: 'ordinary', for: 5, against: 1, abstain: 0 }],
      }),
    )
    const vote = dom.querySelector('[data-testid="meeting-vote"]')
    expect(vote?.getAttribute('data-status')).toBe('failed')
    expect(vote?.textContent).toContain('接收预备党员')
  })

  it('turns a resolution into a task through the callback and links it', async () => {
    const ydoc = new Y.Doc()
    const requests: CreateTaskRequest[] = []
    const { dom } = await mountTestEditor(ydoc, {
      content: [header],
      context: {
        onCreateTask: (request) => {
          requests.push(request)
          return Promise.resolve('task-1')
        },
      },
    })
    const resolution: Resolution = { id: 'res1', text: '整改党费收缴', owner: '李娜', deadline: '2026-05-01' }
    await settle(() => writeMeetingHeader(ydoc, { type: 'committee', resolutions: [resolution] }))
    await click(dom.querySelector('[data-action="create-task"]'))
    expect(requests).toEqual([{ resolution, meetingLabel: '支委会' }])
    expect(readMeetingHeader(ydoc).header.resolutions).toEqual([{ ...resolution, taskId: 'task-1' }])
    expect(dom.querySelector('[data-action="create-task"]')).toBeNull()
    expect(dom.textContent).toContain('已转为任务')
  })

  it('converges when two colleagues fill different fields at once', async () => {
    const [leftDoc, rightDoc] = syncedDocs()
    const left = await mountTestEditor(leftDoc, { content: [header] })
    const right = await mountTestEditor(rightDoc)
    await typeInto(left.dom.querySelector('select[data-field="type"]'), 'committee')
    await typeInto(right.dom.querySelector(`[data-field="committeeSize"]`), '5')
    await typeInto(left.dom.querySelector(`[data-field="presentVoting"]`), '3')
    await typeInto(right.dom.querySelector(`[data-field="dueVoting"]`), '5')
    expect(quorum(left.dom)?.getAttribute('data-status')).toBe('met')
    expect(quorum(right.dom)?.textContent).toBe(quorum(left.dom)?.textContent)
  })

  it('renders read-only with no enabled control and keeps collaborator text as text', async () => {
    const ydoc = new Y.Doc()
    writeMeetingHeader(ydoc, {
      place: '<img src=x onerror="alert(1)">',
      resolutions: [{ id: 'r', text: '学习' }],
    })
    const { dom } = await mountTestEditor(ydoc, {
      editable: false,
      content: [header],
      context: { onCreateTask: () => 'never' },
    })
    expect(enabledControls(dom)).toEqual([])
    expect(dom.querySelector('img')).toBeNull()
    expect(field(dom, 'place')?.value).toBe('<img src=x onerror="alert(1)">')
  })
})
