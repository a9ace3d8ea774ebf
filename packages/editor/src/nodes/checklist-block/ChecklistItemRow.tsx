import type { ItemAnswer, ItemAnswerChange, ItemScore, Scheme, SchemeItem } from '@zhibu/core'
import type { ReactNode } from 'react'
import type { EvidenceService } from '../shared/EvidenceService'
import { EvidenceFiles } from './EvidenceFiles'
import { ItemAnswerControls } from './ItemAnswerControls'
import { itemPointsLabel } from './itemPointsLabel'

/** Props of {@link ChecklistItemRow}. */
export interface ChecklistItemRowProps {
  scheme: Scheme
  item: SchemeItem
  answer: ItemAnswer | undefined
  /** the final score of the item (考核 where present, else 自查), from core's `evaluate` */
  score: ItemScore | undefined
  /** the inspector's score of the item; undefined when the inspector column is not shown */
  inspectorScore: ItemScore | null | undefined
  disabled: boolean
  radioName: string
  onChange: (change: ItemAnswerChange) => void
  /** evidence files from the web app; without it only references in the answer are listed */
  evidence?: EvidenceService
}

/**
 * One item of a checklist block (评分项): text, points, the published rule, the answer controls, a note,
 * the evidence list and the engine's explanation. All user text is rendered as React text (escaped).
 */
export function ChecklistItemRow(props: ChecklistItemRowProps): ReactNode {
  const { item, answer, score, inspectorScore, disabled, onChange } = props
  const status = score?.status ?? 'missing'
  const vetoed = score?.vetoTriggered === true
  const evidence = answer?.evidence ?? []
  return (
    <div
      className={`zhibu-checklist__item zhibu-checklist__item--${status}${vetoed ? ' zhibu-checklist__item--vetoed' : ''}`}
      data-item-id={item.id}
    >
      <div className="zhibu-checklist__head">
        <span className="zhibu-checklist__number">{score?.number ?? item.number ?? ''}</span>
        <span className="zhibu-checklist__title">{item.title}</span>
        <span className="zhibu-checklist__points">{itemPointsLabel(item)}</span>
        {item.example === true && <span className="zhibu-checklist__example">示例条目</span>}
      </div>
      {(item.rule ?? item.description) !== undefined && (
        <p className="zhibu-checklist__rule">{item.rule ?? item.description}</p>
      )}
      <ItemAnswerControls {...props} />
      <label className="zhibu-checklist__note">
        <span>说明</span>
        <input
          type="text"
          data-control="note"
          value={answer?.note ?? ''}
          disabled={disabled}
          onChange={(event) => onChange({ type: 'note', text: event.target.value })}
        />
      </label>
      <EvidenceFiles itemId={item.id} service={props.evidence} references={evidence} />
      <div className="zhibu-checklist__result" data-status={status}>
        <span className="zhibu-checklist__earned">{score === undefined ? '' : `${score.earned}分`}</span>
        <span className="zhibu-checklist__explanation">{score?.explanation ?? ''}</span>
        {score?.source === 'inspector' && <span className="zhibu-checklist__source">以考核为准</span>}
      </div>
      {inspectorScore !== undefined && (
        <div className="zhibu-checklist__inspector" data-column="inspector">
          <span>考核</span>
          <span>
            {inspectorScore === null || inspectorScore.status === 'missing'
              ? '考核未评'
              : inspectorScore.explanation}
          </span>
        </div>
      )}
    </div>
  )
}
