import { Alert, Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd'
import { useState, type HTMLAttributes } from 'react'
import type { RankingEntry } from '../api/UnitRanking'
import type { UnitReportsApi } from '../api/UnitReportsApi'
import { useLanguage } from '../i18n/useLanguage'
import { useT } from '../i18n/useT'
import { describeCohortRule } from './describeCohortRule'
import { PassBadge } from '../scorecard/PassBadge'
import { ReportStatus } from '../shell/ReportStatus'
import { todayInChina } from '../shell/todayInChina'
import { useCachedReport } from '../shell/useCachedReport'
import { YearSwitch } from '../shell/YearSwitch'
import { useWorkspaceServices } from '../workspace/useWorkspaceServices'

const gradeColors: Record<string, string> = { 一级: 'gold', 二级: 'blue' }

/**
 * 排名: the branches under an organisation ranked for a year, with their grades after the cohort rule and the
 * rule's own figures (how many passed, how many made the top grade, quota advisories).
 */
export function RankingView({
  unitId,
  api,
  online,
  today = todayInChina(),
  onSelectUnit,
}: {
  unitId: string
  api: UnitReportsApi
  online: boolean
  today?: string
  onSelectUnit: (unitId: string) => void
}) {
  const t = useT()
  const [language] = useLanguage()
  const { store } = useWorkspaceServices()
  const [year, setYear] = useState(() => Number(today.slice(0, 4)))
  const ranking = useCachedReport(store, `ranking:${unitId}:${year}`, online, () => api.ranking(unitId, year))
  const value = ranking.value
  const count = (figure: number | null): string =>
    figure === null ? '—' : t('ranking.count', { count: figure })

  return (
    <Flex vertical gap={16} style={{ padding: 16 }} data-testid="ranking-view">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('ranking.title', { year })}
        </Typography.Title>
        <Flex gap={8} align="center">
          <ReportStatus state={ranking} />
          <YearSwitch year={year} onChange={setYear} />
        </Flex>
      </Flex>
      {value !== undefined && (
        <>
          <Descriptions
            data-testid="ranking-cohort"
            bordered
            size="small"
            column={{ xs: 1, md: 3 }}
            styles={{ label: { whiteSpace: 'nowrap' } }}
          >
            <Descriptions.Item label={t('ranking.cohortRule')}>
              <span data-testid="ranking-cohort-rule">
                {value.cohort.rules.length === 0
                  ? '—'
                  : value.cohort.rules.map((rule) => describeCohortRule(rule, language)).join('；')}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('ranking.passingCount')}>
              <span data-testid="ranking-passing-count" style={{ whiteSpace: 'nowrap' }}>
                {count(value.cohort.passingCount)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('ranking.topCount')}>
              <span data-testid="ranking-top-count" style={{ whiteSpace: 'nowrap' }}>
                {count(value.cohort.topCount)}
              </span>
            </Descriptions.Item>
          </Descriptions>
          {value.cohort.advisories.length > 0 && (
            <Alert
              data-testid="ranking-advisories"
              type="warning"
              showIcon
              title={t('ranking.advisories')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {value.cohort.advisories.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              }
            />
          )}
          {value.units.length === 0 ? (
            <Empty description={t('ranking.empty')} />
          ) : (
            <Table<RankingEntry>
              data-testid="ranking-table"
              size="small"
              rowKey="unitId"
              pagination={false}
              dataSource={value.units}
              onRow={(row) => ({ 'data-testid': `ranking-row-${row.unitId}` }) as HTMLAttributes<HTMLElement>}
              columns={[
                {
                  title: t('ranking.rank'),
                  dataIndex: 'rank',
                  width: 72,
                  render: (rank: number | null) => rank ?? '—',
                },
                {
                  title: t('ranking.unit'),
                  key: 'name',
                  render: (_value, row) => (
                    <Typography.Link onClick={() => onSelectUnit(row.unitId)}>{row.name}</Typography.Link>
                  ),
                },
                {
                  title: t('ranking.total'),
                  key: 'total',
                  width: 100,
                  render: (_value, row) => (
                    <span data-testid={`ranking-total-${row.unitId}`}>{row.total}</span>
                  ),
                },
                {
                  title: t('ranking.grade'),
                  key: 'grade',
                  width: 100,
                  render: (_value, row) =>
                    row.grade === null ? (
                      '—'
                    ) : (
                      <Tag color={gradeColors[row.grade] ?? 'default'}>{row.grade}</Tag>
                    ),
                },
                {
                  title: t('ranking.result'),
                  key: 'passed',
                  width: 110,
                  render: (_value, row) => <PassBadge passed={row.passed} />,
                },
              ]}
            />
          )}
        </>
      )}
    </Flex>
  )
}
