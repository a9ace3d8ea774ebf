import { describe, expect, it } from 'vitest'
import { defaultMeetingFrequencyProfile } from './defaultMeetingFrequencyProfile'
import { computeMeetingCompliance } from './computeMeetingCompliance'
import type { MeetingRecord } from './MeetingRecord'
import { periodsBetween } from './periodsBetween'

const committee = (id: string, date: string, presentVoting = 3): MeetingRecord => ({
  id,
  type: 'committee',
  date,
  dueVoting: 20,
  presentVoting,
  committeeSize: 5,
})

const onlyCommittee = {
  ...defaultMeetingFrequencyProfile,
  branchAssembly: null,
  groupMeeting: null,
  partyLecture: null,
  themeDay: null,
  lifeMeeting: null,
  memberAppraisal: null,
}

describe('computeMeetingCompliance', () => {
  it('[S166] lists whole calendar periods overlapping the range', () => {
    expect(periodsBetween('quarterly', '2026-02-15', '2026-07-01').map((period) => period.key)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ])
    expect(periodsBetween('monthly', '2028-01-31', '2028-02-01')).toEqual([
      { key: '2028-01', start: '2028-01-01', end: '2028-01-31' },
      { key: '2028-02', start: '2028-02-01', end: '2028-02-29' },
    ])
    expect(periodsBetween('halfYearly', '2026-06-30', '2027-01-01').map((period) => period.key)).toEqual([
      '2026-H1',
      '2026-H2',
      '2027-H1',
    ])
    expect(periodsBetween('yearly', '2026-12-31', '2026-12-31')).toEqual([
      { key: '2026', start: '2026-01-01', end: '2026-12-31' },
    ])
  })

  it('[S168] marks a missed monthly 支委会 as missing and the current month as upcoming', () => {
    const result = computeMeetingCompliance({
      meetings: [committee('m1', '2026-01-08'), committee('m3', '2026-03-05')],
      from: '2026-01-01',
      to: '2026-05-31',
      today: '2026-04-10',
      profile: onlyCommittee,
    })
    expect(result.periods.map((period) => [period.key, period.status])).toEqual([
      ['2026-01', 'done'],
      ['2026-02', 'missing'],
      ['2026-03', 'done'],
      ['2026-04', 'upcoming'],
      ['2026-05', 'upcoming'],
    ])
    expect(result.periods[2]?.meetingIds).toEqual(['m3'])
    expect([result.done, result.missing, result.upcoming]).toEqual([2, 1, 2])
  })

  it('[S168] keeps the last day of a period open and marks it missing the day after', () => {
    const input = { meetings: [], from: '2026-02-01', to: '2026-02-28', profile: onlyCommittee }
    expect(computeMeetingCompliance({ ...input, today: '2026-02-28' }).periods[0]?.status).toBe('upcoming')
    expect(computeMeetingCompliance({ ...input, today: '2026-03-01' }).periods[0]?.status).toBe('missing')
  })

  it('[S167] does not count a meeting held without a quorum', () => {
    const result = computeMeetingCompliance({
      meetings: [committee('m1', '2026-01-08', 2)],
      from: '2026-01-01',
      to: '2026-01-31',
      today: '2026-06-01',
      profile: onlyCommittee,
    })
    expect(result.periods[0]).toMatchObject({ held: 0, status: 'missing' })
  })

  it('[S165] uses a configurable profile: twice a year for 党课', () => {
    const lecture = (date: string): MeetingRecord => ({
      type: 'partyLecture',
      date,
      dueVoting: 10,
      presentVoting: 4,
    })
    const result = computeMeetingCompliance({
      meetings: [lecture('2026-03-01'), lecture('2026-09-01'), lecture('2027-02-01')],
      from: '2026-01-01',
      to: '2027-12-31',
      today: '2027-06-01',
      profile: { ...onlyCommittee, committee: null, partyLecture: { cadence: 'yearly', minimumCount: 2 } },
    })
    expect(result.periods.map((period) => [period.key, period.held, period.status])).toEqual([
      ['2026', 2, 'done'],
      ['2027', 1, 'upcoming'],
    ])
  })

  it('[S165] checks every type of the default profile at its own cadence', () => {
    const result = computeMeetingCompliance({
      meetings: [],
      from: '2026-01-01',
      to: '2026-12-31',
      today: '2027-01-01',
    })
    const countByType = new Map<string, number>()
    for (const period of result.periods) countByType.set(period.type, (countByType.get(period.type) ?? 0) + 1)
    expect(Object.fromEntries(countByType)).toEqual({
      branchAssembly: 4,
      committee: 12,
      groupMeeting: 12,
      partyLecture: 4,
      themeDay: 12,
      lifeMeeting: 1,
      memberAppraisal: 1,
    })
    expect(result.missing).toBe(46)
  })

  it('[S168] reports bad dates with codes', () => {
    expect(
      computeMeetingCompliance({ meetings: [], from: '2026-05-01', to: '2026-01-01', today: '2026-01-01' })
        .issues[0]?.code,
    ).toBe('MEETING_RANGE_INVALID')
    const result = computeMeetingCompliance({
      meetings: [committee('bad', '2026-13-01')],
      from: '2026-01-01',
      to: '2026-01-31',
      today: '2026-01-01',
      profile: onlyCommittee,
    })
    expect(result.issues[0]).toMatchObject({ code: 'MEETING_DATE_INVALID', path: 'meetings[0].date' })
  })

  it('[S168] tracks each 党小组 on its own when group ids are given', () => {
    const groupMeeting = (groupId: string, date: string): MeetingRecord => ({
      type: 'groupMeeting',
      date,
      dueVoting: 8,
      presentVoting: 5,
      groupId,
    })
    const result = computeMeetingCompliance({
      meetings: [
        groupMeeting('g1', '2026-01-10'),
        groupMeeting('g1', '2026-02-10'),
        groupMeeting('g2', '2026-01-12'),
      ],
      from: '2026-01-01',
      to: '2026-02-28',
      today: '2026-03-05',
      profile: { ...onlyCommittee, committee: null, groupMeeting: { cadence: 'monthly', minimumCount: 1 } },
      groupIds: ['g1', 'g2'],
    })
    expect(result.periods.map((period) => [period.groupId, period.key, period.status])).toEqual([
      ['g1', '2026-01', 'done'],
      ['g1', '2026-02', 'done'],
      ['g2', '2026-01', 'done'],
      ['g2', '2026-02', 'missing'],
    ])
  })
})
