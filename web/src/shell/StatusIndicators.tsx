import { CloudSyncOutlined, DisconnectOutlined, WifiOutlined, WarningOutlined } from '@ant-design/icons'
import { Flex, Tag } from 'antd'
import { useT } from '../i18n/useT'
import type { OutboxEntry } from '../storage/OutboxEntry'

/** 在线 / 离线 and the outbox: how many queued actions wait, and how many the server refused. */
export function StatusIndicators({ online, outbox }: { online: boolean; outbox: OutboxEntry[] }) {
  const t = useT()
  const queued = outbox.filter((entry) => entry.state === 'queued').length
  const failed = outbox.filter((entry) => entry.state === 'failed').length
  return (
    <Flex gap={4} align="center">
      <Tag
        data-testid="online-indicator"
        data-state={online ? 'online' : 'offline'}
        color={online ? 'success' : 'warning'}
        icon={online ? <WifiOutlined /> : <DisconnectOutlined />}
      >
        {online ? t('online.online') : t('online.offline')}
      </Tag>
      {queued > 0 && (
        <Tag
          data-testid="outbox-indicator"
          data-count={queued}
          color="processing"
          icon={<CloudSyncOutlined />}
        >
          {t('outbox.pending', { count: queued })}
        </Tag>
      )}
      {failed > 0 && (
        <Tag
          data-testid="outbox-failed-indicator"
          data-count={failed}
          color="error"
          icon={<WarningOutlined />}
        >
          {t('outbox.failed', { count: failed })}
        </Tag>
      )}
    </Flex>
  )
}
