import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons'
import { Tag } from 'antd'
import { useT } from '../i18n/useT'

/** 达标 / 未达标, as a green or red tag. */
export function PassBadge({ passed, testId }: { passed: boolean; testId?: string }) {
  const t = useT()
  return (
    <Tag
      data-testid={testId}
      data-passed={passed}
      color={passed ? 'success' : 'error'}
      icon={passed ? <CheckCircleOutlined /> : <CloseCircleOutlined />}
    >
      {passed ? t('scorecard.passed') : t('scorecard.failed')}
    </Tag>
  )
}
