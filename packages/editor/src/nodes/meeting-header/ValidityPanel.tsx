import { meetingValidityOf } from '@zhibu/core'
import type { MeetingHeader } from '@zhibu/core'
import type { ReactNode } from 'react'

/** 会议有效性: quorum and each vote's validity, from core's meeting rules; nothing is computed here. */
export function ValidityPanel({ header }: { header: MeetingHeader }): ReactNode {
  const validity = meetingValidityOf(header)
  if (!validity.ok) {
    return (
      <p className="zhibu-meeting__validity" data-testid="meeting-quorum" data-status="incomplete">
        尚未填写: {validity.missing.join('、')}
      </p>
    )
  }
  const { quorum, votes, issues } = validity.value
  return (
    <div className="zhibu-meeting__validity">
      <p
        data-testid="meeting-quorum"
        data-status={quorum.status}
        className={`zhibu-meeting__quorum--${quorum.status}`}
      >
        {quorum.explanation}
      </p>
      {votes.map((vote, index) => (
        <p key={index} data-testid="meeting-vote" data-status={vote.status}>
          {`${vote.motion}: ${vote.explanation}`}
        </p>
      ))}
      {issues.map((issue) => (
        <p key={`${issue.code}:${issue.path}`} className="zhibu-block__notice" role="alert">
          {issue.message}
        </p>
      ))}
    </div>
  )
}
