import { writeAppraisalMember } from '@zhibu/core'
import type { AppraisalMember } from '@zhibu/core'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { AppraisalBallotService, OwnAppraisalBallot } from '../shared/AppraisalBallotService'
import { click, destroyTestEditors, mountTestEditor, settle, typeInto } from '../shared/mountTestEditor'

const block = { type: 'appraisalBlock' }
const members: AppraisalMember[] = [
  { id: 'm1', name: '张伟', status: 'full' },
  { id: 'm2', name: '李娜', status: 'full' },
  { id: 'p1', name: '赵敏', status: 'probationary' },
]

function listed(): Y.Doc {
  const ydoc = new Y.Doc()
  members.forEach((member, index) => writeAppraisalMember(ydoc, member, index + 1))
  return ydoc
}

/** A ballot box double that keeps one ballot per caller, like the server's PUT/GET. */
function ballotBox(initial: OwnAppraisalBallot | null = null) {
  const cast: Parameters<AppraisalBallotService['castBallot']>[0][] = []
  let own = initial
  const service: AppraisalBallotService = {
    getOwnBallot: () => Promise.resolve(own),
    castBallot: (ballot) => {
      cast.push(ballot)
      own = { ...ballot, castAt: '2026-11-23T03:00:00.000Z' }
      return Promise.resolve(own)
    },
  }
  return { service, cast }
}

afterEach(destroyTestEditors)

describe('appraisal ballot form', () => {
  it('lets a member grade full members, lists probationary ones without grades, and sends the notes', async () => {
    const box = ballotBox()
    const { dom } = await mountTestEditor(listed(), {
      content: [block],
      context: { role: 'member', ballot: box.service },
    })
    await settle(() => undefined)
    const form = dom.querySelector('[data-testid="ballot-form"]')
    expect(form).not.toBeNull()
    expect(form?.querySelector('[data-member-id="p1"] input')).toBeNull()
    expect(form?.querySelector('[data-member-id="p1"]')?.textContent).toContain('不定等次')
    await click(form?.querySelector('[data-member-id="m1"] [data-grade="excellent"]') ?? null)
    await click(form?.querySelector('[data-member-id="m2"] [data-grade="qualified"]') ?? null)
    await typeInto(form?.querySelector('[data-member-id="m2"] [data-field="problem"]') ?? null, ' 学习不够 ')
    await click(dom.querySelector('[data-action="cast-ballot"]'))
    await settle(() => undefined)
    expect(box.cast).toEqual([{ grades: { m1: 'excellent', m2: 'qualified' }, problems: { m2: '学习不够' } }])
    const own = dom.querySelector('[data-testid="ballot-own"]')
    expect(own?.textContent).toContain('张伟: 优秀')
    expect(own?.textContent).toContain('李娜: 合格 (存在问题: 学习不够)')
    expect(dom.querySelector('[data-tally]')).toBeNull()
  })

  it('shows a returning voter their own ballot and lets them cast it again', async () => {
    const box = ballotBox({ grades: { m1: 'qualified' }, problems: {}, castAt: '2026-11-22T01:00:00.000Z' })
    const { dom } = await mountTestEditor(listed(), {
      content: [block],
      context: { role: 'editor', ballot: box.service },
    })
    await settle(() => undefined)
    expect(dom.querySelector('[data-testid="ballot-own"]')?.textContent).toContain('张伟: 合格')
    await click(dom.querySelector('[data-action="edit-ballot"]'))
    const m1 = dom.querySelector<HTMLInputElement>('[data-member-id="m1"] [data-grade="qualified"]')
    expect(m1?.checked).toBe(true)
    await click(dom.querySelector('[data-member-id="m1"] [data-grade="basicallyQualified"]'))
    await click(dom.querySelector('[data-action="cast-ballot"]'))
    await settle(() => undefined)
    expect(box.cast.at(-1)?.grades).toEqual({ m1: 'basicallyQualified' })
  })

  it('offers no ballot to roles that do not vote, and never writes ballots into the document', async () => {
    const box = ballotBox()
    const ydoc = listed()
    const { dom } = await mountTestEditor(ydoc, {
      content: [block],
      context: { role: 'supervisor', ballot: box.service },
    })
    await settle(() => undefined)
    expect(dom.querySelector('[data-testid="ballot-form"]')).toBeNull()
    const keys = [...ydoc.getMap('appraisal').keys()]
    expect(keys.every((key) => /^(member|decision|self):/.test(key))).toBe(true)
  })
})
