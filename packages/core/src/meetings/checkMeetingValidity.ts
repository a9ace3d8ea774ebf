import { fourFifthsMinimum } from './fourFifthsMinimum'
import { majorityMinimum } from './majorityMinimum'
import type { MeetingIssue } from './MeetingIssue'
import type { MeetingRecord } from './MeetingRecord'
import type { MeetingValidity } from './MeetingValidity'
import type { MeetingVote } from './MeetingVote'
import type { QuorumCheck } from './QuorumCheck'
import type { VoteCheck } from './VoteCheck'

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0

function countIssues(record: MeetingRecord): MeetingIssue[] {
  const issues: MeetingIssue[] = []
  const counts: [string, unknown][] = [
    ['dueVoting', record.dueVoting],
    ['presentVoting', record.presentVoting],
    ['excludedFromDue', record.excludedFromDue ?? 0],
    ['committeeSize', record.committeeSize ?? 0],
  ]
  for (const [path, value] of counts) {
    if (!isCount(value)) issues.push({ code: 'MEETING_COUNT_INVALID', path, message: `${path} 须为非负整数` })
  }
  if (issues.length > 0) return issues
  const excluded = record.excludedFromDue ?? 0
  if (excluded > record.dueVoting) {
    issues.push({
      code: 'MEETING_EXCLUDED_EXCEEDS_DUE',
      path: 'excludedFromDue',
      message: '不计入应到人数的人数超过应到人数',
    })
  }
  const presentLimit = record.type === 'committee' ? (record.committeeSize ?? Infinity) : record.dueVoting
  if (record.presentVoting > presentLimit) {
    issues.push({
      code: 'MEETING_PRESENT_EXCEEDS_DUE',
      path: 'presentVoting',
      message: '实到人数超过应到人数',
    })
  }
  if (record.type === 'committee' && record.committeeSize === undefined) {
    issues.push({
      code: 'MEETING_COMMITTEE_SIZE_MISSING',
      path: 'committeeSize',
      message: '支委会须填写委员人数',
    })
  }
  return issues
}

function quorumOf(record: MeetingRecord, inputValid: boolean): QuorumCheck {
  if (record.type === 'committee') {
    const due = record.committeeSize ?? 0
    const minimumPresent = majorityMinimum(due)
    if (!inputValid)
      return {
        rule: 'majorityOfCommittee',
        status: 'invalidInput',
        due,
        present: record.presentVoting,
        minimumPresent,
        explanation: '人数数据有误, 无法核验',
      }
    const met = 2 * record.presentVoting > due
    return {
      rule: 'majorityOfCommittee',
      status: met ? 'met' : 'notMet',
      due,
      present: record.presentVoting,
      minimumPresent,
      explanation: `支委会委员${due}人, 到会${record.presentVoting}人, 须超过半数(至少${minimumPresent}人): ${met ? '符合' : '不符合'}开会要求`,
    }
  }
  const due = record.dueVoting - (record.excludedFromDue ?? 0)
  const minimumPresent = majorityMinimum(due)
  if (record.type !== 'branchAssembly' && record.type !== 'memberAppraisal') {
    return {
      rule: 'none',
      status: 'notApplicable',
      due,
      present: record.presentVoting,
      minimumPresent: 0,
      explanation: '该会议类型无到会人数要求',
    }
  }
  if (!inputValid)
    return {
      rule: 'majorityOfDue',
      status: 'invalidInput',
      due,
      present: record.presentVoting,
      minimumPresent,
      explanation: '人数数据有误, 无法核验',
    }
  const met = 2 * record.presentVoting > due
  return {
    rule: 'majorityOfDue',
    status: met ? 'met' : 'notMet',
    due,
    present: record.presentVoting,
    minimumPresent,
    explanation: `应到${due}人, 实到${record.presentVoting}人, 须超过半数(至少${minimumPresent}人): ${met ? '符合' : '不符合'}开会要求`,
  }
}

function voteOf(
  record: MeetingRecord,
  vote: MeetingVote,
  index: number,
  issues: MeetingIssue[],
  inputValid: boolean,
): VoteCheck {
  const base = { motion: vote.motion, kind: vote.kind }
  const isCommittee = record.type === 'committee'
  const excluded = vote.excludedFromDue ?? record.excludedFromDue ?? 0
  const due = isCommittee ? (record.committeeSize ?? 0) : record.dueVoting - excluded
  const minimumFor = majorityMinimum(due)
  const minimumPresent = vote.kind === 'election' ? fourFifthsMinimum(due) : majorityMinimum(due)
  const path = `votes[${index}]`
  const tallies = [vote.for, vote.against, vote.abstain, vote.excludedFromDue ?? 0]
  if (!tallies.every(isCount)) {
    issues.push({ code: 'MEETING_COUNT_INVALID', path, message: `${path} 票数须为非负整数` })
    return {
      ...base,
      status: 'invalidInput',
      due,
      minimumPresent,
      minimumFor,
      explanation: '票数数据有误, 无法核验',
    }
  }
  if (vote.for + vote.against + vote.abstain > record.presentVoting) {
    issues.push({ code: 'MEETING_VOTES_EXCEED_PRESENT', path, message: `${path} 票数合计超过实到人数` })
    return {
      ...base,
      status: 'invalidInput',
      due,
      minimumPresent,
      minimumFor,
      explanation: '票数合计超过实到人数',
    }
  }
  if (vote.excludedFromDue !== undefined && vote.excludedFromDue > record.dueVoting) {
    issues.push({
      code: 'MEETING_EXCLUDED_EXCEEDS_DUE',
      path,
      message: `${path} 不计入应到人数的人数超过应到人数`,
    })
    return {
      ...base,
      status: 'invalidInput',
      due,
      minimumPresent,
      minimumFor,
      explanation: '应到人数数据有误',
    }
  }
  if (!inputValid)
    return {
      ...base,
      status: 'invalidInput',
      due,
      minimumPresent,
      minimumFor,
      explanation: '人数数据有误, 无法核验',
    }
  if (!isCommittee && record.type !== 'branchAssembly' && record.type !== 'memberAppraisal') {
    return {
      ...base,
      status: 'notApplicable',
      due,
      minimumPresent,
      minimumFor,
      explanation: '该会议类型不作表决',
    }
  }
  const enoughPresent =
    vote.kind === 'election' ? 5 * record.presentVoting >= 4 * due : 2 * record.presentVoting > due
  const presentRule =
    vote.kind === 'election'
      ? `选举须应到的五分之四以上到会(至少${minimumPresent}人)`
      : `须超过半数到会(至少${minimumPresent}人)`
  if (!enoughPresent) {
    return {
      ...base,
      status: 'noQuorum',
      due,
      minimumPresent,
      minimumFor,
      explanation: `应到${due}人, 实到${record.presentVoting}人, ${presentRule}: 表决无效`,
    }
  }
  const passed = 2 * vote.for > due
  return {
    ...base,
    status: passed ? 'passed' : 'failed',
    due,
    minimumPresent,
    minimumFor,
    explanation: `赞成${vote.for}票, 反对${vote.against}票, 弃权${vote.abstain}票; 须超过应到${due}人的半数(至少${minimumFor}票): ${passed ? '通过' : '未通过'}`,
  }
}

/**
 * [S160]–[S164] Quorum and vote validity of one meeting. Quorum and passing are both counted
 * against those due (应到会), never those present, and only with integer comparisons.
 */
export function checkMeetingValidity(record: MeetingRecord): MeetingValidity {
  const issues = countIssues(record)
  const inputValid = issues.length === 0
  const quorum = quorumOf(record, inputValid)
  const votes = (record.votes ?? []).map((vote, index) => voteOf(record, vote, index, issues, inputValid))
  return { quorum, votes, issues }
}
