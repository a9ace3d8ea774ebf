import type * as Y from 'yjs'
import type { MeetingHeader } from '../meetings/MeetingHeader'
import { meetingTypes } from '../meetings/meetingTypes'
import { plainValue } from './plainValue'
import type { YDocIssue } from './YDocIssue'

const textFields = [
  'title',
  'agenda',
  'startAt',
  'endAt',
  'place',
  'host',
  'hostPost',
  'recorder',
  'lecturer',
  'lectureTitle',
] as const
const countFields = ['number', 'dueVoting', 'presentVoting', 'excludedFromDue', 'committeeSize'] as const
const listFields = ['absentees', 'nonVotingAttendees', 'votes', 'resolutions'] as const

const isObjectList = (value: unknown): value is readonly Record<string, unknown>[] =>
  Array.isArray(value) &&
  value.every((entry) => typeof entry === 'object' && entry !== null && !Array.isArray(entry))

/**
 * [S206] Read the `meeting` map. Each field is type-checked on its own: a mistyped field is left
 * out and reported, the rest of the header still reads. List entries are checked for being objects;
 * their counts are checked by `checkMeetingValidity`.
 */
export function readMeetingHeader(doc: Y.Doc): {
  readonly header: MeetingHeader
  readonly issues: readonly YDocIssue[]
} {
  const map = doc.getMap<unknown>('meeting')
  const header: Record<string, unknown> = {}
  const issues: YDocIssue[] = []
  const bad = (key: string, message: string): void => {
    issues.push({ code: 'YDOC_FIELD_INVALID', path: `meeting.${key}`, message })
  }
  const type = map.get('type')
  if (type !== undefined) {
    if (typeof type === 'string' && (meetingTypes as readonly string[]).includes(type)) header['type'] = type
    else bad('type', '未知的会议类型')
  }
  for (const key of textFields) {
    const value = map.get(key)
    if (value === undefined) continue
    if (typeof value === 'string') header[key] = value
    else bad(key, `${key} 须为文本`)
  }
  for (const key of countFields) {
    const value = map.get(key)
    if (value === undefined) continue
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) header[key] = value
    else bad(key, `${key} 须为非负整数`)
  }
  for (const key of listFields) {
    const value = plainValue(map.get(key))
    if (value === undefined) continue
    if (isObjectList(value)) header[key] = value
    else bad(key, `${key} 须为列表`)
  }
  return { header, issues }
}
