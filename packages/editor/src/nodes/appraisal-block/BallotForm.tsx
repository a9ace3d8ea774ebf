import { appraisalGradeLabels, appraisalGrades } from '@zhibu/core'
import type { AppraisalGrade, AppraisalMember } from '@zhibu/core'
import { useState } from 'react'
import type { ReactNode } from 'react'
import type { AppraisalBallotService } from '../shared/AppraisalBallotService'
import { useOwnBallot } from './useOwnBallot'

/** Props of {@link BallotForm}. */
export interface BallotFormProps {
  members: readonly AppraisalMember[]
  service: AppraisalBallotService
}

function formatCastAt(castAt: string): string {
  const date = new Date(castAt)
  return Number.isNaN(date.getTime()) ? castAt : date.toLocaleString('zh-CN', { hour12: false })
}

/**
 * 民主测评票: the caller grades each full member (four grades) and may note 存在问题; probationary and
 * excluded members are listed but not gradable. Afterwards the caller sees their own ballot only, and may
 * cast it again (the last one counts, [S181]).
 */
export function BallotForm({ members, service }: BallotFormProps): ReactNode {
  const { ballot, loading, error, cast } = useOwnBallot(service)
  const [editing, setEditing] = useState(false)
  const [grades, setGrades] = useState<Record<string, AppraisalGrade>>({})
  const [problems, setProblems] = useState<Record<string, string>>({})
  const [sending, setSending] = useState(false)
  const gradable = (member: AppraisalMember): boolean => member.status === 'full' && member.excluded !== true
  if (loading) return <p className="zhibu-appraisal__hint">正在读取测评票…</p>
  if (ballot !== null && !editing) {
    return (
      <section className="zhibu-ballot" data-testid="ballot-own" aria-label="我的测评票">
        <h4 className="zhibu-ballot__title">我的测评票</h4>
        <p className="zhibu-appraisal__hint">{`已于 ${formatCastAt(ballot.castAt)} 提交, 仅本人可见`}</p>
        <ul>
          {members.filter(gradable).map((member) => {
            const grade = ballot.grades[member.id]
            const note = ballot.problems[member.id]
            return (
              <li key={member.id} data-member-id={member.id}>
                {`${member.name}: ${grade === undefined ? '未评' : appraisalGradeLabels[grade]}`}
                {note === undefined || note === '' ? '' : ` (存在问题: ${note})`}
              </li>
            )
          })}
        </ul>
        <button
          type="button"
          data-action="edit-ballot"
          onClick={() => {
            setGrades({ ...ballot.grades })
            setProblems({ ...ballot.problems })
            setEditing(true)
          }}
        >
          修改测评票
        </button>
        {error !== null && <p className="zhibu-block__notice">{error}</p>}
      </section>
    )
  }
  const submit = async (): Promise<void> => {
    setSending(true)
    const trimmed = Object.fromEntries(
      Object.entries(problems)
        .map(([memberId, text]) => [memberId, text.trim()] as const)
        .filter(([, text]) => text !== ''),
    )
    const done = await cast({ grades, problems: trimmed })
    setSending(false)
    if (done) setEditing(false)
  }
  return (
    <section className="zhibu-ballot" data-testid="ballot-form" aria-label="民主测评票">
      <h4 className="zhibu-ballot__title">民主测评票(无记名)</h4>
      <table className="zhibu-appraisal__table">
        <thead>
          <tr>
            <th scope="col">党员</th>
            {appraisalGrades.map((grade) => (
              <th key={grade} scope="col">
                {appraisalGradeLabels[grade]}
              </th>
            ))}
            <th scope="col">存在问题</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id} data-member-id={member.id}>
              <th scope="row">{member.name}</th>
              {gradable(member) ? (
                <>
                  {appraisalGrades.map((grade) => (
                    <td key={grade}>
                      <input
                        type="radio"
                        name={`ballot-${member.id}`}
                        data-grade={grade}
                        aria-label={`${member.name}${appraisalGradeLabels[grade]}`}
                        checked={grades[member.id] === grade}
                        onChange={() => setGrades((previous) => ({ ...previous, [member.id]: grade }))}
                      />
                    </td>
                  ))}
                  <td>
                    <input
                      type="text"
                      data-field="problem"
                      aria-label={`${member.name}存在问题`}
                      value={problems[member.id] ?? ''}
                      onChange={(event) =>
                        setProblems((previous) => ({ ...previous, [member.id]: event.target.value }))
                      }
                    />
                  </td>
                </>
              ) : (
                <td colSpan={appraisalGrades.length + 1} className="zhibu-appraisal__ungraded">
                  {member.status === 'probationary' ? '预备党员, 参加评议不定等次' : '不列入评议'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        data-action="cast-ballot"
        disabled={sending || Object.keys(grades).length === 0}
        onClick={() => void submit()}
      >
        提交测评票
      </button>
      {editing && (
        <button type="button" data-action="cancel-ballot" onClick={() => setEditing(false)}>
          取消
        </button>
      )}
      {error !== null && <p className="zhibu-block__notice">{error}</p>}
    </section>
  )
}
