import { describe, expect, it } from 'vitest'
import { formatRoomName } from './formatRoomName'
import { isValidDocId } from './isValidDocId'
import { newDocId } from './newDocId'
import { parseRoomName } from './parseRoomName'

describe('document ids', () => {
  it('[S100] accepts 8–64 URL-safe characters and nothing else', () => {
    expect(isValidDocId('abcd_-12')).toBe(true)
    expect(isValidDocId('a'.repeat(64))).toBe(true)
    for (const bad of [
      'abcdefg',
      'a'.repeat(65),
      'abc def12',
      'abcdefgh:review',
      'abcdefgh/..',
      '文档文档文档文档',
      42,
    ]) {
      expect(isValidDocId(bad)).toBe(false)
    }
  })

  it('[S101] generates valid ids that do not repeat', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newDocId()))
    expect(ids.size).toBe(2000)
    for (const id of ids) expect(isValidDocId(id)).toBe(true)
  })

  it('[S101] uses every symbol of the alphabet', () => {
    const seen = new Set(Array.from({ length: 200 }, () => newDocId()).join(''))
    expect(seen.size).toBe(64)
  })
})

describe('room names', () => {
  it('[S102] parses the content and review rooms of a document', () => {
    expect(parseRoomName('abcdefgh')).toEqual({ ok: true, value: { docId: 'abcdefgh', channel: 'content' } })
    expect(parseRoomName('abcdefgh:review')).toEqual({
      ok: true,
      value: { docId: 'abcdefgh', channel: 'review' },
    })
  })

  it('[S102] refuses every other name with a code', () => {
    for (const bad of [
      'abcdefgh:comments',
      'abc:review',
      ':review',
      'abcdefgh:review:review',
      '',
      'abcdefgh ',
      null,
    ]) {
      const result = parseRoomName(bad)
      expect(result.ok ? 'ok' : result.error.code).toBe('ROOM_NAME_INVALID')
    }
  })

  it('[S102] formats what it parses', () => {
    for (const name of ['abcdefgh', 'abcdefgh:review']) {
      const parsed = parseRoomName(name)
      expect(parsed.ok && formatRoomName(parsed.value)).toBe(name)
    }
  })
})
