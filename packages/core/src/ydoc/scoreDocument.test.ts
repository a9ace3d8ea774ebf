import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { evaluate } from '../engine/evaluate'
import { getBuiltInScheme } from '../scheme/getBuiltInScheme'
import { getAnswersMap } from './getAnswersMap'
import { getInspectionMap } from './getInspectionMap'
import { scoreDocument } from './scoreDocument'
import { writeItemAnswer } from './writeItemAnswer'

const scheme = getBuiltInScheme('tiantai-biaozhunhua-renzheng')!

describe('scoreDocument', () => {
  it('[S208] scores the shared answers exactly as evaluate scores the same plain answers', () => {
    const content = new Y.Doc()
    writeItemAnswer(getAnswersMap(content), 'tiantai.zuzhi.1', { deductions: { irregular: true } })
    const result = scoreDocument(scheme, content, null)
    const expected = evaluate(scheme, { self: { 'tiantai.zuzhi.1': { deductions: { irregular: true } } } })
    expect(result).toEqual(expected)
    expect(result.ok && result.value.inspector).toBeNull()
  })

  it('[S208] makes the inspector’s answer final where present', () => {
    const content = new Y.Doc()
    const review = new Y.Doc()
    writeItemAnswer(getAnswersMap(content), 'tiantai.zuzhi.1', {})
    writeItemAnswer(getInspectionMap(review), 'tiantai.zuzhi.1', {
      deductions: { irregular: true, uncovered: true },
    })
    const result = scoreDocument(scheme, content, review)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.self.total - result.value.final.total).toBe(4)
    expect(result.value.inspector).not.toBeNull()
  })

  it('[S208] fails the form for everyone when a veto is flagged in the shared map', () => {
    const content = new Y.Doc()
    writeItemAnswer(getAnswersMap(content), 'tiantai.entry.discipline', { triggered: true })
    const result = scoreDocument(scheme, content, null)
    expect(result.ok && result.value.final.passed).toBe(false)
    expect(result.ok && result.value.final.vetoes.length).toBe(1)
  })

  it('[S208] reports a malformed shared answer with a code instead of scoring it as zero', () => {
    const content = new Y.Doc()
    getAnswersMap(content).set('tiantai.zuzhi.1', 'garbage')
    const result = scoreDocument(scheme, content, null)
    expect(result.ok).toBe(false)
    expect(result.problems.map((problem) => problem.code)).toContain('answers.not-object')
  })
})
