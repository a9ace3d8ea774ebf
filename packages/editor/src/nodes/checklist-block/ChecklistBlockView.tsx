import { NodeViewWrapper } from '@tiptap/react'
import type { ReactNodeViewProps } from '@tiptap/react'
import {
  findChecklistSection,
  getAnswersMap,
  getInspectionMap,
  readAnswerColumn,
  scoreDocument,
} from '@zhibu/core'
import type { ItemAnswerChange } from '@zhibu/core'
import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import { contentDocOf } from '../shared/contentDocOf'
import { resolveScheme } from '../shared/resolveScheme'
import { useDocVersion } from '../shared/useDocVersion'
import { useEditable } from '../shared/useEditable'
import type { LivingTemplateNodeOptions } from '../shared/LivingTemplateNodeOptions'
import { ChecklistItemRow } from './ChecklistItemRow'
import { itemScoresById } from './itemScoresById'

function Notice({ children }: { children: ReactNode }): ReactNode {
  return (
    <NodeViewWrapper className="zhibu-checklist" data-type="checklist-block" contentEditable={false}>
      <p className="zhibu-block__notice" role="alert">
        {children}
      </p>
    </NodeViewWrapper>
  )
}

/**
 * The checklist block's view: rows for the bound module or group, and its subtotal, all from core's
 * `scoreDocument` over the content and review docs (recomputed on every update of either), so the
 * view never computes a score itself and every client shows the same figures.
 */
export function ChecklistBlockView({ editor, node, extension }: ReactNodeViewProps): ReactNode {
  const options = extension.options as LivingTemplateNodeOptions
  const doc = contentDocOf(editor)
  const reviewDoc = options.getReviewDoc?.() ?? null
  useDocVersion(doc, reviewDoc)
  const editable = useEditable(editor, options.role)
  const blockId = useId()
  const [refusal, setRefusal] = useState<string | null>(null)
  const schemeId = node.attrs['schemeId'] as string | null
  const scheme = resolveScheme(options, schemeId)
  if (doc === null) return <Notice>检查表需要协同文档</Notice>
  if (scheme === undefined) return <Notice>未找到评分细则 {schemeId ?? ''}</Notice>
  const section = findChecklistSection(
    scheme,
    (node.attrs['moduleId'] as string | null) ?? '',
    node.attrs['groupId'] as string | null,
  )
  if (!section.ok) return <Notice>{section.error.message}</Notice>

  const evaluation = scoreDocument(scheme, doc, reviewDoc)
  const answers = readAnswerColumn(getAnswersMap(doc))
  const showInspector = reviewDoc !== null && getInspectionMap(reviewDoc).size > 0
  const final = itemScoresById(evaluation.ok ? evaluation.value.final : null)
  const inspector = itemScoresById(evaluation.ok ? evaluation.value.inspector : null)
  const moduleScore = evaluation.ok
    ? evaluation.value.final.modules.find((module) => module.id === section.value.module.id)
    : undefined
  const groups = section.value.groups
  const subtotal =
    groups.length === 1 && groups.length !== section.value.module.groups.length
      ? moduleScore?.groups.find((group) => group.id === groups[0]?.id)
      : moduleScore

  const change = (itemId: string, itemChange: ItemAnswerChange): void => {
    setRefusal(null)
    editor.commands.setChecklistAnswer(scheme.id, itemId, itemChange, (error) => setRefusal(error.message))
  }

  return (
    <NodeViewWrapper
      className={`zhibu-checklist${editable ? '' : ' zhibu-checklist--readonly'}`}
      data-type="checklist-block"
      data-scheme-id={scheme.id}
      data-module-id={section.value.module.id}
      contentEditable={false}
    >
      <div className="zhibu-checklist__header">
        <span className="zhibu-checklist__section">
          {section.value.module.title}
          {subtotal !== moduleScore && groups[0] !== undefined ? ` · ${groups[0].title}` : ''}
        </span>
        <span className="zhibu-checklist__subtotal" data-testid="checklist-subtotal">
          {subtotal === undefined ? '' : `小计 ${subtotal.earned} / ${subtotal.full}分`}
        </span>
      </div>
      {!evaluation.ok && (
        <ul className="zhibu-block__notice" role="alert">
          {evaluation.problems
            .filter((problem) => problem.severity === 'error')
            .map((problem) => (
              <li
                key={`${problem.code}:${problem.path.join('.')}`}
              >{`${problem.path.join(' / ')}: ${problem.message}`}</li>
            ))}
        </ul>
      )}
      {refusal !== null && (
        <p className="zhibu-block__notice" role="alert">
          {refusal}
        </p>
      )}
      {groups.map((group) => (
        <section key={group.id} className="zhibu-checklist__group" data-group-id={group.id}>
          {groups.length > 1 && <h4 className="zhibu-checklist__group-title">{group.title}</h4>}
          {group.items.map((item) => (
            <ChecklistItemRow
              key={item.id}
              scheme={scheme}
              item={item}
              answer={answers[item.id]}
              score={final.get(item.id)}
              inspectorScore={showInspector ? (inspector.get(item.id) ?? null) : undefined}
              disabled={!editable}
              radioName={`${blockId}-${item.id}`}
              onChange={(itemChange) => change(item.id, itemChange)}
              {...(options.evidence === undefined ? {} : { evidence: options.evidence })}
            />
          ))}
        </section>
      ))}
    </NodeViewWrapper>
  )
}
