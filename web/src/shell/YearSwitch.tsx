import { LeftOutlined, RightOutlined } from '@ant-design/icons'
import { Button, Flex, Typography } from 'antd'
import { useT } from '../i18n/useT'

/** 年度切换: ‹ 2026年 › for the calendar, scorecard and ranking. */
export function YearSwitch({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const t = useT()
  return (
    <Flex align="center" gap={4} data-testid="year-switch">
      <Button
        data-testid="year-previous"
        aria-label={t('year.previous')}
        size="small"
        icon={<LeftOutlined />}
        onClick={() => onChange(year - 1)}
      />
      <Typography.Text data-testid="year-label" strong style={{ minWidth: 56, textAlign: 'center' }}>
        {t('year.label', { year })}
      </Typography.Text>
      <Button
        data-testid="year-next"
        aria-label={t('year.next')}
        size="small"
        icon={<RightOutlined />}
        onClick={() => onChange(year + 1)}
      />
    </Flex>
  )
}
