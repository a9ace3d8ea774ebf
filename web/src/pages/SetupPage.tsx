import { Alert, Button, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useT } from '../i18n/useT'
import type { Session } from '../storage/Session'
import { useWorkspaceServices } from '../workspace/useWorkspaceServices'
import { CenteredCard } from './CenteredCard'

interface SetupValues {
  username: string
  displayName: string
  password: string
}

/** 首次使用: creates the first administrator when the server has no users, then signs them in. */
export function SetupPage({ onDone }: { onDone: (session: Session | null) => void }) {
  const t = useT()
  const { api, store } = useWorkspaceServices()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (values: SetupValues): Promise<void> => {
    setBusy(true)
    setError(null)
    const body = {
      username: values.username.trim(),
      displayName: values.displayName.trim(),
      password: values.password,
    }
    const created = await api.setup(body)
    if (!created.ok) {
      setBusy(false)
      setError(t('error.generic', { message: created.error.message }))
      return
    }
    // The server may answer with a session or just the new user; either way the admin ends up signed in.
    let session = created.value
    if (session === null) {
      const login = await api.login(body.username, body.password)
      session = login.ok ? login.value : null
    }
    if (session !== null) await store.setSession(session)
    setBusy(false)
    onDone(session)
  }

  return (
    <CenteredCard title={t('setup.title')}>
      <Typography.Paragraph type="secondary">{t('setup.hint')}</Typography.Paragraph>
      {error !== null && (
        <Alert data-testid="setup-error" type="error" showIcon title={error} style={{ marginBottom: 16 }} />
      )}
      <Form<SetupValues> layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, message: t('login.usernameRequired') }]}
        >
          <Input data-testid="setup-username" autoComplete="username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('setup.displayName')} rules={[{ required: true }]}>
          <Input data-testid="setup-display-name" autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, min: 8, message: t('setup.passwordTooShort') }]}
        >
          <Input.Password data-testid="setup-password" autoComplete="new-password" />
        </Form.Item>
        <Button data-testid="setup-submit" type="primary" htmlType="submit" block loading={busy}>
          {t('setup.submit')}
        </Button>
      </Form>
    </CenteredCard>
  )
}
