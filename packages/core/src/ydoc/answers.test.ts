import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getAnswersMap } from './getAnswersMap'
import { getInspectionMap } from './getInspectionMap'
import { readAnswers } from './readAnswers'
import { writeItemAnswer } from './writeItemAnswer'

const sync = (left: Y.Doc, right: Y.Doc): void => {
  Y.applyUpdate(right, Y.encodeStateAsUpdate(left, Y.encodeStateVector(right)))
  Y.applyUpdate(left, Y.encodeStateAsUpdate(right, Y.encodeStateVector(left)))
}

describe('answers in the Y.Doc', () => {
  it('[S201][S202] reads self answers from the content room and inspector answers from the review room', () => {
    const content = new Y.Doc()
    const review = new Y.Doc()
    writeItemAnswer(getAnswersMap(content), 't3.banzi.1', {
      deductions: { 'no-secretary': true },
      note: '未设书记',
    })
    writeItemAnswer(getAnswersMap(content), 'veto.1', { triggered: false })
    writeItemAnswer(getInspectionMap(review), 't3.banzi.1', {
      deductions: { 'no-secretary': true, 'too-many-members': 1 },
    })
    expect(readAnswers(content, review)).toEqual({
      self: {
        't3.banzi.1': { deductions: { 'no-secretary': true }, note: '未设书记' },
        'veto.1': { triggered: false },
      },
      inspector: { 't3.banzi.1': { deductions: { 'no-secretary': true, 'too-many-members': 1 } } },
    })
  })

  it('[S202] leaves the inspector column out when there is no review doc or it is empty', () => {
    const content = new Y.Doc()
    writeItemAnswer(getAnswersMap(content), 'a', {})
    expect(readAnswers(content, null)).toEqual({ self: { a: {} } })
    expect(readAnswers(content, new Y.Doc())).toEqual({ self: { a: {} } })
  })

  it('[S203] rewrites only what changed and removes fields and answers that are gone', () => {
    const content = new Y.Doc()
    const answers = getAnswersMap(content)
    writeItemAnswer(answers, 'a', { deductions: { x: true, y: 2 }, note: 'n', evidence: ['p1'] })
    const nested = (answers.get('a') as Y.Map<unknown>).get('deductions')
    writeItemAnswer(answers, 'a', { deductions: { y: 3 } })
    expect((answers.get('a') as Y.Map<unknown>).get('deductions')).toBe(nested)
    expect(readAnswers(content, null).self).toEqual({ a: { deductions: { y: 3 } } })
    writeItemAnswer(answers, 'a', null)
    expect(readAnswers(content, null).self).toEqual({})
  })

  it('[S203] merges two people ticking different rules of the same item', () => {
    const alice = new Y.Doc()
    const bob = new Y.Doc()
    writeItemAnswer(getAnswersMap(alice), 'a', { deductions: {} })
    sync(alice, bob)
    writeItemAnswer(getAnswersMap(alice), 'a', { deductions: { x: true } })
    writeItemAnswer(getAnswersMap(bob), 'a', { deductions: { y: true }, note: 'bob' })
    sync(alice, bob)
    const expected = { a: { deductions: { x: true, y: true }, note: 'bob' } }
    expect(readAnswers(alice, null).self).toEqual(expected)
    expect(readAnswers(bob, null).self).toEqual(expected)
  })

  it('[S201] passes malformed entries through for the engine to report', () => {
    const content = new Y.Doc()
    getAnswersMap(content).set('a', 'not an object')
    expect(readAnswers(content, null).self).toEqual({ a: 'not an object' })
  })
})
