import { describeDeductionRule } from '@zhibu/core'
import type { DeductionRule, ItemAnswer, ItemAnswerChange, Scheme, SchemeItem } from '@zhibu/core'
import type { ReactNode } from 'react'
import { RuleHitInput } from './RuleHitInput'

/** Props of {@link ItemAnswerControls}. */
export interface ItemAnswerControlsProps {
  scheme: Scheme
  item: SchemeItem
  answer: ItemAnswer | undefined
  disabled: boolean
  /** unique per block and item, so radio groups of two blocks never merge */
  radioName: string
  onChange: (change: ItemAnswerChange) => void
}

function RuleList({
  rules,
  answer,
  disabled,
  onChange,
}: {
  rules: readonly DeductionRule[]
  answer: ItemAnswer | undefined
  disabled: boolean
  onChange: (change: ItemAnswerChange) => void
}): ReactNode {
  return (
    <ul className="zhibu-checklist__rules">
      {rules.map((rule) => (
        <li key={rule.id}>
          <label>
            <RuleHitInput
              rule={rule}
              hit={answer?.deductions?.[rule.id]}
              disabled={disabled}
              onChange={(hit) => onChange({ type: 'deduction', ruleId: rule.id, hit })}
            />
            <span>{rule.label}</span>
            <span className="zhibu-checklist__amount">{describeDeductionRule(rule)}</span>
          </label>
        </li>
      ))}
    </ul>
  )
}

function KindControls({ item, answer, disabled, radioName, onChange }: ItemAnswerControlsProps): ReactNode {
  switch (item.kind) {
    case 'deduction':
    case 'penalty':
      return <RuleList rules={item.rules} answer={answer} disabled={disabled} onChange={onChange} />
    case 'checklist':
      return (
        <>
          <ul className="zhibu-checklist__criteria">
            {item.criteria.map((criterion) => (
              <li key={criterion.id}>
                <label>
                  <input
                    type="checkbox"
                    data-criterion-id={criterion.id}
                    checked={answer?.checked?.[criterion.id] === true}
                    disabled={disabled}
                    onChange={(event) =>
                      onChange({
                        type: 'criterion',
                        criterionId: criterion.id,
                        checked: event.target.checked,
                      })
                    }
                  />
                  <span>{criterion.label}</span>
                  <span className="zhibu-checklist__amount">{criterion.points}分</span>
                </label>
              </li>
            ))}
          </ul>
          <RuleList rules={item.rules ?? []} answer={answer} disabled={disabled} onChange={onChange} />
        </>
      )
    case 'levels':
      return (
        <div className="zhibu-checklist__levels" role="radiogroup" aria-label={item.title}>
          {item.levels.map((level) => (
            <label key={level.id}>
              <input
                type="radio"
                name={radioName}
                data-level-id={level.id}
                checked={answer?.level === level.id}
                disabled={disabled}
                onChange={() => onChange({ type: 'level', levelId: level.id })}
              />
              <span>{level.label}</span>
              <span className="zhibu-checklist__amount">{level.points}分</span>
            </label>
          ))}
        </div>
      )
    case 'bonus':
      return (
        <ul className="zhibu-checklist__rules">
          {item.facts.map((fact) => (
            <li key={fact.id}>
              <label>
                <RuleHitInput
                  rule={fact}
                  hit={answer?.bonuses?.[fact.id]}
                  disabled={disabled}
                  onChange={(hit) => onChange({ type: 'bonus', factId: fact.id, hit })}
                />
                <span>{fact.label}</span>
                <span className="zhibu-checklist__amount">
                  {describeDeductionRule({ ...fact, bonus: true })}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )
    case 'veto':
      return (
        <label className="zhibu-checklist__veto">
          <input
            type="checkbox"
            data-control="triggered"
            checked={answer?.triggered === true}
            disabled={disabled}
            onChange={(event) => onChange({ type: 'triggered', value: event.target.checked })}
          />
          <span>存在该情形</span>
        </label>
      )
    case 'flag':
      return (
        <label>
          <input
            type="checkbox"
            data-control="met"
            checked={answer?.met === true}
            disabled={disabled}
            onChange={(event) => onChange({ type: 'met', value: event.target.checked })}
          />
          <span>符合该条件</span>
        </label>
      )
  }
}

/**
 * The answer controls of one item (评分操作): the kind's own control, plus "已核查" (answered with nothing
 * to deduct) and 不适用 for scored items, as the scheme allows. Controls only report changes; the block
 * writes them through its command.
 */
export function ItemAnswerControls(props: ItemAnswerControlsProps): ReactNode {
  const { scheme, item, answer, disabled, onChange } = props
  const scored = item.kind === 'deduction' || item.kind === 'checklist' || item.kind === 'levels'
  return (
    <div className="zhibu-checklist__controls">
      <KindControls {...props} />
      {(item.kind === 'deduction' || item.kind === 'checklist' || item.kind === 'penalty') && (
        <label>
          <input
            type="checkbox"
            data-control="answered"
            checked={answer !== undefined}
            disabled={disabled}
            onChange={(event) => onChange({ type: 'answered', value: event.target.checked })}
          />
          <span>已核查</span>
        </label>
      )}
      {scored && scheme.notApplicable !== 'forbid' && (
        <label>
          <input
            type="checkbox"
            data-control="notApplicable"
            checked={answer?.notApplicable === true}
            disabled={disabled}
            onChange={(event) => onChange({ type: 'notApplicable', value: event.target.checked })}
          />
          <span>不适用</span>
        </label>
      )}
    </div>
  )
}
