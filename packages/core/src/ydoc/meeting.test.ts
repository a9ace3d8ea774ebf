import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { checkMeetingValidity } from '../meetings/checkMeetingValidity'
import { meetingRecordFromHeader } from '../meetings/meetingRecordFromHeader'
import { readMeetingHeader } from './readMeetingHeader'
import { writeMeetingHeader } from './writeMeetingHeader'

describe('meeting header in the Y.Doc', () => {
  it('[S206] round-trips header fields and removes cleared ones', () => {
    const doc = new Y.Doc()
    writeMeetingHeader(doc, {
      type: 'branchAssembly',
      number: 2,
      startAt: '2026-03-20T14:30',
      host: '张书记',
      dueVoting: 12,
      presentVoting: 10,
      absentees: [{ name: '王', reason: 'sickLeave' }],
      votes: [{ motion: '接收预备党员', kind: 'ordinary', for: 9, against: 0, abstain: 1 }],
    })
    writeMeetingHeader(doc, { host: undefined, recorder: '李' })
    const { header, issues } = readMeetingHeader(doc)
    expect(issues).toEqual([])
    expect(header).toEqual({
      type: 'branchAssembly',
      number: 2,
      startAt: '2026-03-20T14:30',
      recorder: '李',
      dueVoting: 12,
      presentVoting: 10,
      absentees: [{ name: '王', reason: 'sickLeave' }],
      votes: [{ motion: '接收预备党员', kind: 'ordinary', for: 9, against: 0, abstain: 1 }],
    })
  })

  it('[S206] reports a mistyped field and still reads the rest', () => {
    const doc = new Y.Doc()
    const map = doc.getMap('meeting')
    map.set('type', 'party')
    map.set('dueVoting', -1)
    map.set('votes', 'none')
    map.set('place', '会议室')
    const { header, issues } = readMeetingHeader(doc)
    expect(header).toEqual({ place: '会议室' })
    expect(issues.map((issue) => issue.path)).toEqual(['meeting.type', 'meeting.dueVoting', 'meeting.votes'])
  })

  it('[S169] turns a complete header into a meeting record that can be checked', () => {
    const doc = new Y.Doc()
    writeMeetingHeader(doc, {
      type: 'committee',
      startAt: '2026-03-02T09:00',
      dueVoting: 25,
      presentVoting: 3,
      committeeSize: 5,
    })
    const record = meetingRecordFromHeader(readMeetingHeader(doc).header, 'doc-1')
    expect(record).toEqual({
      ok: true,
      value: {
        id: 'doc-1',
        type: 'committee',
        date: '2026-03-02',
        dueVoting: 25,
        presentVoting: 3,
        committeeSize: 5,
      },
    })
    expect(record.ok && checkMeetingValidity(record.value).quorum.status).toBe('met')
  })

  it('[S169] does not count unfinished minutes as a meeting', () => {
    const result = meetingRecordFromHeader({ type: 'committee', startAt: '2026-03' })
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'startAt',
      'dueVoting',
      'presentVoting',
    ])
  })
})
