import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { checkAppraisalDecisions } from '../appraisal/checkAppraisalDecisions'
import { readAppraisalData } from './readAppraisalData'
import { writeAppraisalDecision } from './writeAppraisalDecision'
import { writeAppraisalMember } from './writeAppraisalMember'
import { writeSelfAssessment } from './writeSelfAssessment'

describe('appraisal data in the Y.Doc', () => {
  it('[S207] round-trips members in list order, decisions and self-assessments', () => {
    const doc = new Y.Doc()
    writeAppraisalMember(doc, { id: 'b', name: '乙', status: 'probationary' }, 2)
    writeAppraisalMember(doc, { id: 'a', name: '甲', status: 'full' }, 1)
    writeAppraisalMember(doc, { id: 'c', name: '丙', status: 'full', excluded: true }, 3)
    writeAppraisalDecision(doc, 'a', 'excellent')
    writeAppraisalDecision(doc, 'c', 'qualified')
    writeAppraisalDecision(doc, 'c', null)
    writeSelfAssessment(doc, 'a', '认真学习')
    const { data, issues } = readAppraisalData(doc)
    expect(issues).toEqual([])
    expect(data).toEqual({
      members: [
        { id: 'a', name: '甲', status: 'full' },
        { id: 'b', name: '乙', status: 'probationary' },
        { id: 'c', name: '丙', status: 'full', excluded: true },
      ],
      decisions: { a: 'excellent' },
      selfAssessments: { a: '认真学习' },
    })
    expect(checkAppraisalDecisions(data.members, data.decisions).quotas[0]).toMatchObject({
      basis: 2,
      maximum: 0,
      withinQuota: false,
    })
  })

  it('[S207] keeps both members when two clients add different members at once', () => {
    const alice = new Y.Doc()
    const bob = new Y.Doc()
    writeAppraisalMember(alice, { id: 'a', name: '甲', status: 'full' }, 1)
    writeAppraisalMember(bob, { id: 'b', name: '乙', status: 'full' }, 2)
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob))
    expect(readAppraisalData(alice).data.members.map((member) => member.id)).toEqual(['a', 'b'])
  })

  it('[S207] reports invalid entries with paths', () => {
    const doc = new Y.Doc()
    doc.getMap('appraisal').set('member:x', { name: 'x', status: 'guest' })
    doc.getMap('appraisal').set('decision:y', 'best')
    expect(readAppraisalData(doc).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['YDOC_ROW_INVALID', 'appraisal.member:x'],
      ['YDOC_FIELD_INVALID', 'appraisal.decision:y'],
    ])
  })
})
