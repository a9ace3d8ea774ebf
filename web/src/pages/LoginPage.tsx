import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Form, Input } from 'antd'
import { useState } from 'react'
import { useT } from '../i18n/useT'
import type { Session } from '../storage/Session'
import { useOnline } from '../workspace/useOnline'
import { useWorkspaceServices } from '../workspace/useWorkspaceServices'
import { CenteredCard } from './CenteredCard'

interface LoginValues {
  username: string
  password: string
}

/** 登录: username and password; the session is stored locally so the app reopens offline. */
export function LoginPage({ onLoggedIn }: { onLoggedIn: (session: Session) => void }) {
  const t = useT()
  const { api, store } = useWorkspaceServices()
  const online = useOnline()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (values: LoginValues): Promise<void> => {
    setBusy(true)
    setError(null)
    const result = await api.login(values.username.trim(), values.password)
    setBusy(false)
    if (!result.ok) {
      const status = result.error.status
      setError(
        status === 0
          ? t('error.network')
          : status === 401 || status === 400
            ? t('login.failed')
            : t('error.generic', { message: result.error.message }),
      )
      return
    }
    await store.setSession(result.value)
    onLoggedIn(result.value)
  }

  return (
    <CenteredCard title={t('login.title')}>
      {!online && <Alert type="warning" showIcon title={t('login.offline')} style={{ marginBottom: 16 }} />}
      {error !== null && (
        <Alert data-testid="login-error" type="error" showIcon title={error} style={{ marginBottom: 16 }} />
      )}
      <Form<LoginValues> layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, message: t('login.usernameRequired') }]}
        >
          <Input data-testid="login-username" prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password
            data-testid="login-password"
            prefix={<LockOutlined />}
            autoComplete="current-password"
          />
        </Form.Item>
        <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={busy}>
          {t('login.submit')}
        </Button>
      </Form>
    </CenteredCard>
  )
}
