import { NodeViewWrapper } from '@tiptap/react'
import type { ReactNodeViewProps } from '@tiptap/react'
import {
  appraisalGradeLabels,
  appraisalGrades,
  canCastBallot,
  checkAppraisalDecisions,
  readAppraisalData,
} from '@zhibu/core'
import type { AppraisalGrade, MemberTally } from '@zhibu/core'
import type { ReactNode } from 'react'
import { contentDocOf } from '../shared/contentDocOf'
import { useDocVersion } from '../shared/useDocVersion'
import { useEditable } from '../shared/useEditable'
import type { LivingTemplateNodeOptions } from '../shared/LivingTemplateNodeOptions'
import { BallotForm } from './BallotForm'
import { useAppraisalTally } from './useAppraisalTally'

function TallyCells({ tally }: { tally: MemberTally | undefined }): ReactNode {
  return (
    <>
      {appraisalGrades.map((grade) => (
        <td key={grade} data-tally={grade}>
          {tally?.graded === true ? tally.counts[grade] : ''}
        </td>
      ))}
      <td>{tally?.problems.join('; ') ?? ''}</td>
    </>
  )
}

/** The appraisal block's view: list, self-assessments, decisions, quota check and (committee only) tallies. */
export function AppraisalBlockView({ editor, extension }: ReactNodeViewProps): ReactNode {
  const options = extension.options as LivingTemplateNodeOptions
  const doc = contentDocOf(editor)
  useDocVersion(doc)
  const editable = useEditable(editor, options.role)
  const { tally, allowed, error, reload } = useAppraisalTally(options)
  if (doc === null) {
    return (
      <NodeViewWrapper className="zhibu-appraisal" data-type="appraisal-block" contentEditable={false}>
        <p className="zhibu-block__notice">民主评议需要协同文档</p>
      </NodeViewWrapper>
    )
  }
  const { data, issues } = readAppraisalData(doc)
  const check = checkAppraisalDecisions(data.members, data.decisions)
  const tallies = new Map((tally?.members ?? []).map((entry) => [entry.memberId, entry]))
  const unitMembers = options.getMembers?.() ?? []
  // Ballots are cast by the branch's own members (member, editor) [S135], through the API only.
  const canVote = options.ballot !== undefined && (options.role === undefined || canCastBallot(options.role))
  // The appraised are the branch's own members [S135]: a 督办 or 认证组 granted on a parent unit is not one of them.
  const unlisted = unitMembers.filter(
    (member) =>
      (member.role === undefined || canCastBallot(member.role)) &&
      !data.members.some((listed) => listed.id === member.id),
  )
  return (
    <NodeViewWrapper className="zhibu-appraisal" data-type="appraisal-block" contentEditable={false}>
      <div className="zhibu-appraisal__header">
        <span className="zhibu-appraisal__title">民主评议党员</span>
        {editable && unlisted.length > 0 && (
          <button
            type="button"
            data-action="import-members"
            onClick={() => editor.commands.addAppraisalMembers(unlisted)}
          >
            从党员名单导入({unlisted.length}人)
          </button>
        )}
        {allowed && (
          <button type="button" data-action="reload-tally" onClick={reload}>
            刷新测评结果
          </button>
        )}
      </div>
      <table className="zhibu-appraisal__table">
        <thead>
          <tr>
            <th scope="col">党员</th>
            <th scope="col">个人自评</th>
            <th scope="col">组织评定</th>
            {tally !== null &&
              appraisalGrades.map((grade) => (
                <th key={grade} scope="col">{`${appraisalGradeLabels[grade]}票`}</th>
              ))}
            {tally !== null && <th scope="col">存在问题</th>}
          </tr>
        </thead>
        <tbody>
          {data.members.map((member) => {
            const graded = member.status === 'full' && member.excluded !== true
            return (
              <tr key={member.id} data-member-id={member.id} data-status={member.status}>
                <th scope="row">
                  {member.name}
                  {member.status === 'probationary' && (
                    <span className="zhibu-appraisal__badge">预备党员</span>
                  )}
                  {member.excluded === true && <span className="zhibu-appraisal__badge">不列入评议</span>}
                </th>
                <td>
                  <textarea
                    aria-label={`${member.name}个人自评`}
                    rows={2}
                    value={data.selfAssessments[member.id] ?? ''}
                    disabled={!editable}
                    onChange={(event) => editor.commands.setSelfAssessment(member.id, event.target.value)}
                  />
                </td>
                <td>
                  {graded ? (
                    <select
                      aria-label={`${member.name}组织评定`}
                      data-field="decision"
                      value={data.decisions[member.id] ?? ''}
                      disabled={!editable}
                      onChange={(event) =>
                        editor.commands.setAppraisalDecision(
                          member.id,
                          event.target.value === '' ? null : (event.target.value as AppraisalGrade),
                        )
                      }
                    >
                      <option value="">未评定</option>
                      {appraisalGrades.map((grade) => (
                        <option key={grade} value={grade}>
                          {appraisalGradeLabels[grade]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span className="zhibu-appraisal__ungraded">不定等次</span>
                  )}
                </td>
                {tally !== null && <TallyCells tally={tallies.get(member.id)} />}
              </tr>
            )
          })}
        </tbody>
      </table>
      <div
        className="zhibu-appraisal__quotas"
        data-testid="appraisal-quotas"
        data-blocking={String(check.blocking)}
      >
        {check.quotas.map((quota) => (
          <p
            key={quota.quota.grade}
            className={quota.withinQuota ? undefined : 'zhibu-block__notice'}
            data-within={String(quota.withinQuota)}
          >
            {`${appraisalGradeLabels[quota.quota.grade]} ${quota.count}人, ${quota.quota.kind === 'hard' ? '不超过' : '约'}正式党员${quota.basis}人的${quota.quota.numerator}/${quota.quota.denominator}(${quota.maximum}人)`}
          </p>
        ))}
        {check.issues.map((issue) => (
          <p
            key={`${issue.code}:${issue.path}`}
            className={issue.severity === 'error' ? 'zhibu-block__notice' : 'zhibu-appraisal__hint'}
          >
            {issue.message}
          </p>
        ))}
        {tally !== null && (
          <p className="zhibu-appraisal__hint">{`已收回测评票${tally.ballotCount}张; 测评结果供组织评定参考, 不唯票数`}</p>
        )}
        {error !== null && <p className="zhibu-block__notice">{error}</p>}
        {issues.map((issue) => (
          <p key={issue.path} className="zhibu-block__notice">
            {issue.message}
          </p>
        ))}
      </div>
      {canVote && options.ballot !== undefined && data.members.length > 0 && (
        <BallotForm members={data.members} service={options.ballot} />
      )}
      {canVote && data.members.length === 0 && (
        <p className="zhibu-appraisal__hint" data-testid="ballot-waiting">
          支委导入评议名单后即可填写测评票
        </p>
      )}
    </NodeViewWrapper>
  )
}
