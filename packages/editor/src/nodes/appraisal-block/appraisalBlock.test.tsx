import { readAppraisalData, tallyAppraisal, writeAppraisalMember } from '@zhibu/core'
import type { AppraisalMember } from '@zhibu/core'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  click,
  destroyTestEditors,
  enabledControls,
  mountTestEditor,
  syncedDocs,
  typeInto,
} from '../shared/mountTestEditor'

const block = { type: 'appraisalBlock' }
const unit = [
  { id: 'm1', name: '张伟' },
  { id: 'm2', name: '李娜' },
  { id: 'm3', name: '王强' },
  { id: 'p1', name: '赵敏', status: 'probationary' as const },
]
const members: AppraisalMember[] = unit.map((member) => ({
  id: member.id,
  name: member.name,
  status: member.status ?? 'full',
}))
const tally = tallyAppraisal(members, [
  { voterId: 'm1', grades: { m2: 'excellent', m3: 'qualified' } },
  { voterId: 'm2', grades: { m2: 'excellent', m1: 'qualified' } },
])
const decision = (dom: HTMLElement, id: string): HTMLSelectElement | null =>
  dom.querySelector(`[data-member-id="${id}"] select[data-field="decision"]`)

function listed(): Y.Doc {
  const ydoc = new Y.Doc()
  members.forEach((member, index) => writeAppraisalMember(ydoc, member, index + 1))
  return ydoc
}

afterEach(destroyTestEditors)

describe('appraisalBlock', () => {
  it('round-trips through HTML as an appraisal block', async () => {
    const { editor } = await mountTestEditor(new Y.Doc(), { content: [block] })
    expect(editor.getHTML()).toContain('data-type="appraisal-block"')
    const { editor: copy } = await mountTestEditor(new Y.Doc(), { content: editor.getHTML() })
    expect(copy.getJSON().content?.[0]).toEqual(block)
  })

  it('imports the unit members, marking probationary members as listed but not graded', async () => {
    const ydoc = new Y.Doc()
    const { dom } = await mountTestEditor(ydoc, { content: [block], context: { getMembers: () => unit } })
    await click(dom.querySelector('[data-action="import-members"]'))
    expect(readAppraisalData(ydoc).data.members).toEqual(members)
    expect(dom.querySelector('[data-member-id="p1"]')?.textContent).toContain('预备党员')
    expect(decision(dom, 'p1')).toBeNull()
    expect(decision(dom, 'm1')).not.toBeNull()
    expect(dom.querySelector('[data-action="import-members"]')).toBeNull()
  })

  it('imports only the branch’s own members, not a 督办 or 认证组 granted on a parent unit [S135]', async () => {
    const ydoc = new Y.Doc()
    const withOutsiders = [
      { id: 'm1', name: '张伟', role: 'editor' as const },
      { id: 'm2', name: '李娜', role: 'member' as const },
      { id: 's1', name: '督办员', role: 'supervisor' as const },
      { id: 'c1', name: '认证员', role: 'certifier' as const },
      { id: 'a1', name: '管理员', role: 'admin' as const },
    ]
    const { dom } = await mountTestEditor(ydoc, {
      content: [block],
      context: { getMembers: () => withOutsiders },
    })
    expect(dom.querySelector('[data-action="import-members"]')?.textContent).toContain('2人')
    await click(dom.querySelector('[data-action="import-members"]'))
    expect(readAppraisalData(ydoc).data.members.map((member) => member.id)).toEqual(['m1', 'm2'])
    expect(dom.querySelector('[data-action="import-members"]')).toBeNull()
  })

  it('records self-assessments and decisions and checks the one-third 优秀 cap over full members', async () => {
    const ydoc = listed()
    const { dom } = await mountTestEditor(ydoc, { content: [block] })
    await typeInto(dom.querySelector('[data-member-id="m1"] textarea'), '认真履行党员义务')
    await typeInto(decision(dom, 'm1'), 'excellent')
    const quotas = (): Element | null => dom.querySelector('[data-testid="appraisal-quotas"]')
    expect(quotas()?.getAttribute('data-blocking')).toBe('false')
    await typeInto(decision(dom, 'm2'), 'excellent')
    expect(readAppraisalData(ydoc).data).toMatchObject({
      decisions: { m1: 'excellent', m2: 'excellent' },
      selfAssessments: { m1: '认真履行党员义务' },
    })
    expect(quotas()?.getAttribute('data-blocking')).toBe('true')
    expect(quotas()?.textContent).toContain('优秀 2人, 不超过正式党员3人的1/3(1人)')
  })

  it('shows tallies from the provider to the committee and never writes ballots into the document', async () => {
    const ydoc = listed()
    const { dom } = await mountTestEditor(ydoc, {
      content: [block],
      context: { role: 'editor', getAppraisalTally: () => Promise.resolve(tally) },
    })
    expect(dom.querySelector('[data-member-id="m2"] [data-tally="excellent"]')?.textContent).toBe('2')
    expect(dom.textContent).toContain('已收回测评票2张')
    const keys = [...ydoc.getMap('appraisal').keys()]
    expect(keys.every((key) => /^(member|decision|self):/.test(key))).toBe(true)
  })

  it('never asks for tallies for a plain member, and renders read-only with no enabled control', async () => {
    let asked = 0
    const { dom } = await mountTestEditor(listed(), {
      content: [block],
      context: { role: 'member', getMembers: () => unit, getAppraisalTally: () => ((asked += 1), tally) },
    })
    expect(asked).toBe(0)
    expect(dom.querySelector('[data-tally]')).toBeNull()
    expect(enabledControls(dom)).toEqual([])
  })

  it('converges when two committee members decide different members at once', async () => {
    const [leftDoc, rightDoc] = syncedDocs()
    members.forEach((member, index) => writeAppraisalMember(leftDoc, member, index + 1))
    const left = await mountTestEditor(leftDoc, { content: [block] })
    const right = await mountTestEditor(rightDoc)
    await typeInto(decision(left.dom, 'm1'), 'qualified')
    await typeInto(decision(right.dom, 'm3'), 'basicallyQualified')
    expect(readAppraisalData(rightDoc).data.decisions).toEqual({ m1: 'qualified', m3: 'basicallyQualified' })
    expect(decision(left.dom, 'm3')?.value).toBe('basicallyQualified')
    expect(right.dom.querySelector('[data-testid="appraisal-quotas"]')?.textContent).toBe(
      left.dom.querySelector('[data-testid="appraisal-quotas"]')?.textContent,
    )
  })
})
