import { getBuiltInScheme, scoreDocument } from '@zhibu/core'
import { Descriptions, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import type { OpenDocumentDocs } from './OpenDocumentDocs'
import { useDocumentStrings } from './useDocumentStrings'

/**
 * 实时评分: the open document's total, grade and vetoes from core's `scoreDocument` over its content and
 * review rooms, recomputed on every update. Shows nothing for documents without a scoring scheme.
 */
export function LiveScore({ docs }: { docs: OpenDocumentDocs }): ReactNode {
  const t = useDocumentStrings()
  const [, setVersion] = useState(0)
  useEffect(() => {
    const bump = (): void => setVersion((previous) => previous + 1)
    docs.doc.on('update', bump)
    docs.reviewDoc.on('update', bump)
    return () => {
      docs.doc.off('update', bump)
      docs.reviewDoc.off('update', bump)
    }
  }, [docs])
  const schemeId = docs.doc.getMap<unknown>('meta').get('schemeId')
  if (typeof schemeId !== 'string') return null
  const scheme = getBuiltInScheme(schemeId)
  if (scheme === undefined) return null
  const evaluation = scoreDocument(scheme, docs.doc, docs.reviewDoc)
  // The score summary block in the document explains invalid answers; the panel only shows a valid score.
  if (!evaluation.ok) return null
  const { final } = evaluation.value
  return (
    <div data-testid="live-score">
      <Typography.Title level={5}>{t('score.title')}</Typography.Title>
      <Descriptions size="small" column={1} layout="vertical">
        <Descriptions.Item label={scheme.title}>
          <span data-testid="live-score-total">
            {t('score.total', { total: final.totalText, full: final.full })}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Tag color={final.passed ? 'green' : 'red'} data-testid="live-score-grade">
        {final.grade.label}
      </Tag>
      {final.vetoes.length > 0 && (
        <Typography.Paragraph type="danger" data-testid="live-score-vetoes">
          {t('score.vetoes', { items: final.vetoes.map((veto) => veto.title).join('、') })}
        </Typography.Paragraph>
      )}
    </div>
  )
}
