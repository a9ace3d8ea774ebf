import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkMeetingValidity } from './checkMeetingValidity'
import type { MeetingRecord } from './MeetingRecord'

const assembly = (overrides: Partial<MeetingRecord> = {}): MeetingRecord => ({
  type: 'branchAssembly',
  date: '2026-03-20',
  dueVoting: 12,
  presentVoting: 7,
  ...overrides,
})

describe('checkMeetingValidity', () => {
  it('[S160] needs more than half of the voting members present at a 党员大会', () => {
    expect(checkMeetingValidity(assembly({ presentVoting: 7 })).quorum).toMatchObject({
      status: 'met',
      minimumPresent: 7,
    })
    expect(checkMeetingValidity(assembly({ presentVoting: 6 })).quorum.status).toBe('notMet')
    expect(checkMeetingValidity(assembly({ dueVoting: 11, presentVoting: 6 })).quorum).toMatchObject({
      status: 'met',
      minimumPresent: 6,
    })
  })

  it('[S160] takes approved exclusions out of those due', () => {
    const validity = checkMeetingValidity(assembly({ dueVoting: 14, excludedFromDue: 2, presentVoting: 7 }))
    expect(validity.quorum).toMatchObject({ status: 'met', due: 12 })
  })

  it('[S161] counts a 支委会 quorum against the committee size', () => {
    const committee: MeetingRecord = {
      type: 'committee',
      date: '2026-03-02',
      dueVoting: 30,
      presentVoting: 3,
      committeeSize: 5,
    }
    expect(checkMeetingValidity(committee).quorum).toMatchObject({
      rule: 'majorityOfCommittee',
      status: 'met',
      due: 5,
    })
    expect(checkMeetingValidity({ ...committee, presentVoting: 2 }).quorum.status).toBe('notMet')
    expect(checkMeetingValidity({ ...committee, committeeSize: 4 }).quorum.status).toBe('met')
    expect(checkMeetingValidity({ ...committee, committeeSize: 4, presentVoting: 2 }).quorum.status).toBe(
      'notMet',
    )
  })

  it('[S161] asks for the committee size instead of guessing it', () => {
    const validity = checkMeetingValidity({
      type: 'committee',
      date: '2026-03-02',
      dueVoting: 30,
      presentVoting: 3,
    })
    expect(validity.quorum.status).toBe('invalidInput')
    expect(validity.issues.map((issue) => issue.code)).toContain('MEETING_COMMITTEE_SIZE_MISSING')
  })

  it('[S162] passes a motion only with more than half of those due, not of those present', () => {
    // 12 due, 8 present, 6 for: a majority of those present but not of those due.
    const validity = checkMeetingValidity(
      assembly({
        presentVoting: 8,
        votes: [{ motion: '接收预备党员', kind: 'ordinary', for: 6, against: 1, abstain: 1 }],
      }),
    )
    expect(validity.votes[0]).toMatchObject({ status: 'failed', minimumFor: 7 })
    const carried = checkMeetingValidity(
      assembly({
        presentVoting: 8,
        votes: [{ motion: '接收预备党员', kind: 'ordinary', for: 7, against: 1, abstain: 0 }],
      }),
    )
    expect(carried.votes[0]?.status).toBe('passed')
  })

  it('[S163] needs four fifths of those due present for an election', () => {
    const election = { motion: '选举支部委员会', kind: 'election' as const, for: 9, against: 0, abstain: 0 }
    // 12 due: 4/5 is 9.6, so 10 must be present.
    expect(checkMeetingValidity(assembly({ presentVoting: 9, votes: [election] })).votes[0]).toMatchObject({
      status: 'noQuorum',
      minimumPresent: 10,
    })
    expect(checkMeetingValidity(assembly({ presentVoting: 10, votes: [election] })).votes[0]?.status).toBe(
      'passed',
    )
    // 10 due: exactly 8 present is four fifths and suffices.
    expect(
      checkMeetingValidity(assembly({ dueVoting: 10, presentVoting: 8, votes: [{ ...election, for: 6 }] }))
        .votes[0]?.status,
    ).toBe('passed')
  })

  it('[S162] applies a vote-specific exclusion to that vote only', () => {
    const validity = checkMeetingValidity(
      assembly({
        dueVoting: 12,
        presentVoting: 7,
        votes: [
          { motion: 'A', kind: 'ordinary', for: 6, against: 0, abstain: 0, excludedFromDue: 2 },
          { motion: 'B', kind: 'ordinary', for: 6, against: 0, abstain: 0 },
        ],
      }),
    )
    expect(validity.votes.map((vote) => vote.status)).toEqual(['passed', 'failed'])
  })

  it('[S164] reports impossible counts with codes instead of judging them', () => {
    const validity = checkMeetingValidity(
      assembly({
        presentVoting: 13,
        votes: [{ motion: 'A', kind: 'ordinary', for: 14, against: 0, abstain: 0 }],
      }),
    )
    expect(validity.quorum.status).toBe('invalidInput')
    expect(validity.issues.map((issue) => issue.code)).toEqual([
      'MEETING_PRESENT_EXCEEDS_DUE',
      'MEETING_VOTES_EXCEED_PRESENT',
    ])
    expect(checkMeetingValidity(assembly({ presentVoting: 6.5 })).issues[0]).toMatchObject({
      code: 'MEETING_COUNT_INVALID',
      path: 'presentVoting',
    })
  })

  it('[S160] sets no quorum for a 党课 or 党小组会', () => {
    expect(
      checkMeetingValidity({ type: 'partyLecture', date: '2026-03-01', dueVoting: 20, presentVoting: 3 })
        .quorum.status,
    ).toBe('notApplicable')
  })

  it('[S162] agrees with the rational definition of "more than half of those due" for every count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.nat(), fc.nat(), (due, presentSeed, forSeed) => {
        const present = presentSeed % (due + 1)
        const votesFor = forSeed % (present + 1)
        const validity = checkMeetingValidity(
          assembly({
            dueVoting: due,
            presentVoting: present,
            votes: [{ motion: 'm', kind: 'ordinary', for: votesFor, against: 0, abstain: 0 }],
          }),
        )
        const quorumMet = present / due > 0.5
        expect(validity.quorum.status).toBe(quorumMet ? 'met' : 'notMet')
        const expected = !quorumMet ? 'noQuorum' : votesFor / due > 0.5 ? 'passed' : 'failed'
        expect(validity.votes[0]?.status).toBe(expected)
      }),
    )
  })
})
