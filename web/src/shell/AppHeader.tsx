import { DatabaseOutlined, LogoutOutlined } from '@ant-design/icons'
import { Button, Flex, Layout, Typography } from 'antd'
import { formatPersonName } from '../i18n/formatPersonName'
import { useT } from '../i18n/useT'
import type { DocumentEntry } from '../storage/DocumentEntry'
import type { OutboxEntry } from '../storage/OutboxEntry'
import type { Session } from '../storage/Session'
import { LanguageSwitch } from './LanguageSwitch'
import { SearchBox } from './SearchBox'
import { StatusIndicators } from './StatusIndicators'

/** The top bar: app name, search, network and outbox state, storage, language, user and sign-out. */
export function AppHeader({
  session,
  online,
  outbox,
  onOpenDocument,
  onOpenStorage,
  onLogout,
}: {
  session: Session
  online: boolean
  outbox: OutboxEntry[]
  onOpenDocument: (document: DocumentEntry) => void
  onOpenStorage: () => void
  onLogout: () => void
}) {
  const t = useT()
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 16,
        paddingInline: 16,
        background: '#b71c1c',
        lineHeight: 'normal',
      }}
    >
      <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
        {t('app.name')}
      </Typography.Title>
      <SearchBox onOpen={onOpenDocument} />
      <Flex gap={8} align="center" style={{ marginInlineStart: 'auto' }}>
        <StatusIndicators online={online} outbox={outbox} />
        <Button data-testid="storage-button" icon={<DatabaseOutlined />} onClick={onOpenStorage}>
          {t('storage.open')}
        </Button>
        <LanguageSwitch />
        <Typography.Text data-testid="current-user" style={{ color: '#fff' }}>
          {formatPersonName(session.user.name)}
        </Typography.Text>
        <Button data-testid="logout-button" icon={<LogoutOutlined />} onClick={onLogout}>
          {t('logout')}
        </Button>
      </Flex>
    </Layout.Header>
  )
}
