import { NodeViewWrapper } from '@tiptap/react'
import type { ReactNodeViewProps } from '@tiptap/react'
import { listMissingItems, scoreDocument } from '@zhibu/core'
import type { ReactNode } from 'react'
import { contentDocOf } from '../shared/contentDocOf'
import { resolveScheme } from '../shared/resolveScheme'
import { useDocVersion } from '../shared/useDocVersion'
import type { LivingTemplateNodeOptions } from '../shared/LivingTemplateNodeOptions'
import { vetoEffectLabel } from './vetoEffectLabel'

/** The score summary's view: every figure comes from core's `scoreDocument`, recomputed on each update. */
export function ScoreSummaryView({ editor, node, extension }: ReactNodeViewProps): ReactNode {
  const options = extension.options as LivingTemplateNodeOptions
  const doc = contentDocOf(editor)
  const reviewDoc = options.getReviewDoc?.() ?? null
  useDocVersion(doc, reviewDoc)
  const schemeId = node.attrs['schemeId'] as string | null
  const scheme = resolveScheme(options, schemeId)
  const wrap = (children: ReactNode, state = 'error'): ReactNode => (
    <NodeViewWrapper
      className="zhibu-summary"
      data-type="score-summary"
      data-state={state}
      contentEditable={false}
    >
      {children}
    </NodeViewWrapper>
  )
  if (doc === null) return wrap(<p className="zhibu-block__notice">评分汇总需要协同文档</p>)
  if (scheme === undefined)
    return wrap(<p className="zhibu-block__notice">未找到评分细则 {schemeId ?? ''}</p>)
  const evaluation = scoreDocument(scheme, doc, reviewDoc)
  if (!evaluation.ok) {
    return wrap(
      <ul className="zhibu-block__notice" role="alert">
        {evaluation.problems
          .filter((problem) => problem.severity === 'error')
          .map((problem) => (
            <li
              key={`${problem.code}:${problem.path.join('.')}`}
            >{`${problem.path.join(' / ')}: ${problem.message}`}</li>
          ))}
      </ul>,
    )
  }
  const { final, self, inspector } = evaluation.value
  const missing = listMissingItems(final)
  const selfModules = new Map(self.modules.map((module) => [module.id, module]))
  const inspectorModules = new Map((inspector?.modules ?? []).map((module) => [module.id, module]))
  return wrap(
    <>
      <div className="zhibu-summary__headline">
        <span className="zhibu-summary__title">{scheme.title}</span>
        <span className="zhibu-summary__total" data-testid="summary-total">
          {final.totalText}
        </span>
        <span className="zhibu-summary__full">/ {final.full}分</span>
        <span
          className={`zhibu-summary__grade zhibu-summary__grade--${final.passed ? 'passed' : 'failed'}`}
          data-testid="summary-grade"
          data-passed={String(final.passed)}
        >
          {final.grade.label}
        </span>
        {final.bandGrade.id !== final.grade.id && (
          <span className="zhibu-summary__band">按总分为{final.bandGrade.label}</span>
        )}
      </div>
      {inspector !== null && (
        <p className="zhibu-summary__columns">
          自查 {self.totalText}分 · 考核 {inspector.totalText}分 (考核为准)
        </p>
      )}
      {final.vetoes.length > 0 && (
        <ul className="zhibu-summary__vetoes" data-testid="summary-vetoes" role="alert">
          {final.vetoes.map((veto) => (
            <li key={veto.itemId}>{`${veto.title}: ${vetoEffectLabel(veto)}`}</li>
          ))}
        </ul>
      )}
      <p className="zhibu-summary__missing" data-testid="summary-missing" data-count={missing.length}>
        {missing.length === 0
          ? '各项均已填写'
          : `还有${missing.length}项未填: ${missing.map((item) => item.number).join('、')}`}
      </p>
      <table className="zhibu-summary__modules">
        <thead>
          <tr>
            <th scope="col">模块</th>
            <th scope="col">满分</th>
            {inspector !== null && <th scope="col">自查</th>}
            {inspector !== null && <th scope="col">考核</th>}
            <th scope="col">得分</th>
          </tr>
        </thead>
        <tbody>
          {final.modules.map((module) => (
            <tr key={module.id} data-module-id={module.id}>
              <th scope="row">{module.title}</th>
              <td>{module.full}</td>
              {inspector !== null && <td>{selfModules.get(module.id)?.earned ?? ''}</td>}
              {inspector !== null && <td>{inspectorModules.get(module.id)?.earned ?? ''}</td>}
              <td>{module.earned}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="zhibu-summary__explanation">
        {final.explanation.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </>,
    final.passed ? 'passed' : 'failed',
  )
}
