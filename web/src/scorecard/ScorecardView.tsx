import { Card, Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { UnitReportsApi } from '../api/UnitReportsApi'
import type { ScorecardComponent, ScorecardForm } from '../api/UnitScorecard'
import { useT } from '../i18n/useT'
import { ReportStatus } from '../shell/ReportStatus'
import { todayInChina } from '../shell/todayInChina'
import { useCachedReport } from '../shell/useCachedReport'
import { YearSwitch } from '../shell/YearSwitch'
import { useWorkspaceServices } from '../workspace/useWorkspaceServices'
import { PassBadge } from './PassBadge'

/**
 * 记分卡: a branch's year — total, pass mark, the weighted components, the forms behind them (links to the
 * documents) and how the total was reached. Points are shown exactly as the server computed them.
 */
export function ScorecardView({
  unitId,
  api,
  online,
  today = todayInChina(),
  onOpenDocument,
}: {
  unitId: string
  api: UnitReportsApi
  online: boolean
  today?: string
  onOpenDocument: (docId: string) => void
}) {
  const t = useT()
  const { store } = useWorkspaceServices()
  const [year, setYear] = useState(() => Number(today.slice(0, 4)))
  const scorecard = useCachedReport(store, `scorecard:${unitId}:${year}`, online, () =>
    api.scorecard(unitId, year),
  )
  const card = scorecard.value

  return (
    <Flex vertical gap={16} style={{ padding: 16 }} data-testid="scorecard-view">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('scorecard.title', { year })}
        </Typography.Title>
        <Flex gap={8} align="center">
          <ReportStatus state={scorecard} />
          <YearSwitch year={year} onChange={setYear} />
        </Flex>
      </Flex>
      {card !== undefined && (
        <>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, lg: 2 }}
            styles={{ label: { whiteSpace: 'nowrap' } }}
          >
            <Descriptions.Item label={t('scorecard.total')}>
              <Typography.Text data-testid="scorecard-total" strong style={{ fontSize: 24 }}>
                {card.total}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('ranking.result')}>
              <PassBadge passed={card.passed} testId="scorecard-passed" />
            </Descriptions.Item>
            <Descriptions.Item label={t('scorecard.grade')}>
              {card.grade === null ? '—' : <Tag data-testid="scorecard-grade">{card.grade}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('scorecard.rules')}>{card.rules?.title ?? '—'}</Descriptions.Item>
          </Descriptions>
          <Table<ScorecardComponent>
            data-testid="scorecard-components"
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={card.components}
            columns={[
              { title: t('scorecard.component'), dataIndex: 'title' },
              { title: t('scorecard.weight'), dataIndex: 'weight', width: 80 },
              {
                title: t('scorecard.score'),
                key: 'score',
                width: 120,
                render: (_value, row) => (
                  <span data-testid={`scorecard-component-${row.id}`}>
                    {row.score === '' ? '—' : row.score}
                    {row.full !== '' && ` / ${row.full}`}
                  </span>
                ),
              },
              { title: t('scorecard.detail'), dataIndex: 'detail' },
            ]}
          />
          <Card size="small" title={t('scorecard.forms')}>
            {card.forms.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('scorecard.noForms')} />
            ) : (
              <Table<ScorecardForm>
                size="small"
                rowKey="docId"
                pagination={false}
                dataSource={card.forms}
                columns={[
                  {
                    title: t('scorecard.form'),
                    key: 'title',
                    render: (_value, row) => (
                      <Typography.Link
                        data-testid={`scorecard-form-${row.docId}`}
                        onClick={() => onOpenDocument(row.docId)}
                      >
                        {row.title}
                      </Typography.Link>
                    ),
                  },
                  {
                    title: t('scorecard.score'),
                    key: 'total',
                    width: 120,
                    render: (_value, row) => `${row.total}${row.full === '' ? '' : ` / ${row.full}`}`,
                  },
                  {
                    title: t('scorecard.grade'),
                    key: 'grade',
                    width: 80,
                    render: (_value, row) => row.grade ?? '—',
                  },
                  {
                    title: t('ranking.result'),
                    key: 'passed',
                    width: 180,
                    render: (_value, row) => (
                      <Flex gap={4}>
                        <PassBadge passed={row.passed} />
                        {row.vetoed && <Tag color="red">{t('scorecard.vetoed')}</Tag>}
                      </Flex>
                    ),
                  },
                ]}
              />
            )}
          </Card>
          {card.explanation.length > 0 && (
            <Card size="small" title={t('scorecard.explanation')}>
              <ul data-testid="scorecard-explanation" style={{ margin: 0, paddingInlineStart: 20 }}>
                {card.explanation.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </Card>
          )}
        </>
      )}
    </Flex>
  )
}
