import { randomUUID } from 'node:crypto'
import * as Y from 'yjs'
import { writeMeetingHeader, type MeetingCadence, type MeetingHeader } from '@zhibu/core'
import { shanghaiDate } from '../api/shanghaiDate'
import { templateIndex } from '../api/templateIndex'
import type { DocumentDomain } from '../domain/DocumentDomain'
import type { Store } from '../storage/Store'
import type { RoomManager } from '../sync/RoomManager'
import { demoOrganisation } from './demoOrganisation'

const demoSchedules: ReadonlyArray<{ templateId: string; frequency: MeetingCadence }> = [
  { templateId: 'committee-minutes', frequency: 'monthly' },
  { templateId: 'branch-assembly-minutes', frequency: 'quarterly' },
  { templateId: 'group-meeting-minutes', frequency: 'monthly' },
  { templateId: 'party-lecture-record', frequency: 'quarterly' },
  { templateId: 'member-appraisal', frequency: 'yearly' },
]

// How far back the demo calendar starts, and the past month whose 支委会 is left out so a newcomer sees a red cell.
const monthsShown = 6
const missingCommitteeMonthsAgo = 3

const pad = (value: number): string => String(value).padStart(2, '0')

function monthsAgo(today: string, count: number): { year: number; month: number } {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - count
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/**
 * 演示工作计划: the five recurring templates of 第一党支部 and complete minutes for the past months, except one
 * month's 支委会, so the calendar shows done, missing and upcoming periods. Runs once (skipped when the branch
 * already has schedules) and only with a domain that has the built-in templates.
 */
export async function seedDemoSchedules(dependencies: {
  store: Store
  rooms: RoomManager
  domain: DocumentDomain
  authorId: string
  now: Date
}): Promise<void> {
  const { store, rooms, domain, authorId, now } = dependencies
  const unitId = demoOrganisation.documentUnitId
  const templates = templateIndex(domain)
  if (demoSchedules.some((schedule) => !templates.has(schedule.templateId))) return
  if ((await store.schedules.listByUnit(unitId)).length > 0) return
  const today = shanghaiDate(now)
  const start = monthsAgo(today, monthsShown)
  for (const [index, schedule] of demoSchedules.entries()) {
    await store.schedules.create({
      id: randomUUID(),
      unitId,
      templateId: schedule.templateId,
      frequency: schedule.frequency,
      minimumPerPeriod: 1,
      startDate: `${start.year}-${pad(start.month)}-01`,
      endDate: null,
      createdBy: authorId,
      // A millisecond apart, so the schedules list in this order (oldest first).
      createdAt: new Date(now.getTime() + index).toISOString(),
    })
  }
  const quartersHeld = new Set<string>()
  for (let back = monthsShown; back >= 1; back--) {
    const { year, month } = monthsAgo(today, back)
    const quarter = `${year}-Q${Math.floor((month - 1) / 3) + 1}`
    const meetings: Array<[string, MeetingHeader]> = [
      ['group-meeting-minutes', { type: 'groupMeeting', dueVoting: 7, presentVoting: 6 }],
    ]
    if (back !== missingCommitteeMonthsAgo)
      meetings.push([
        'committee-minutes',
        { type: 'committee', dueVoting: 7, presentVoting: 5, committeeSize: 5 },
      ])
    if (!quartersHeld.has(quarter)) {
      quartersHeld.add(quarter)
      meetings.push(['branch-assembly-minutes', { type: 'branchAssembly', dueVoting: 7, presentVoting: 6 }])
      meetings.push([
        'party-lecture-record',
        { type: 'partyLecture', dueVoting: 7, presentVoting: 7, lecturer: '张伟' },
      ])
    }
    for (const [templateId, header] of meetings) {
      const id = `demo-${templateId}-${year}-${pad(month)}`.slice(0, 64)
      if ((await store.documents.findById(id)) !== undefined) continue
      const date = `${year}-${pad(month)}-10`
      const title = `${month}月${templates.get(templateId)?.title ?? templateId}`
      const initial = domain.initialContent(templateId, {
        docId: id,
        title,
        createdAt: `${date}T01:00:00.000Z`,
      })
      if (initial === undefined) continue
      const doc = new Y.Doc()
      Y.applyUpdate(doc, initial.update)
      writeMeetingHeader(doc, {
        ...header,
        title,
        startAt: `${date}T09:00`,
        endAt: `${date}T11:00`,
        place: '支部活动室',
      })
      const update = Y.encodeStateAsUpdate(doc)
      doc.destroy()
      await store.documents.create({
        id,
        unitId,
        templateId,
        templateVersion: initial.templateVersion,
        kind: initial.kind,
        title,
        createdBy: authorId,
        createdAt: `${date}T01:00:00.000Z`,
        updatedAt: `${date}T01:00:00.000Z`,
      })
      await rooms.writeUpdate(id, update)
      await store.docs.compact(id)
    }
  }
}
