import { App as AntApp, Flex, Modal, Spin } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { translate } from './i18n/translate'
import { languageStore } from './i18n/languageStore'
import { LoginPage } from './pages/LoginPage'
import { SetupPage } from './pages/SetupPage'
import { WorkspacePage } from './pages/WorkspacePage'
import { localDocumentCopies } from './storage/localDocumentCopies'
import type { Session } from './storage/Session'
import { countUnsyncedWork } from './workspace/countUnsyncedWork'
import { signOut } from './workspace/signOut'
import { useWorkspaceServices } from './workspace/useWorkspaceServices'

type Screen =
  { name: 'loading' } | { name: 'setup' } | { name: 'login' } | { name: 'workspace'; session: Session }

/**
 * Decides what to show: the stored session opens the workspace at once, even offline; without one, the setup
 * page when the server has no users yet, otherwise the login page.
 */
export function App({ onSession }: { onSession: (session: Session | null) => void }) {
  const { store, api } = useWorkspaceServices()
  const [screen, setScreen] = useState<Screen>({ name: 'loading' })

  const enter = useCallback(
    (session: Session | null) => {
      onSession(session)
      setScreen(session === null ? { name: 'login' } : { name: 'workspace', session })
    },
    [onSession],
  )

  useEffect(() => {
    void (async () => {
      const session = await store.getSession()
      if (session !== null) {
        enter(session)
        return
      }
      const setup = await api.setupNeeded()
      setScreen(setup.ok && setup.value ? { name: 'setup' } : { name: 'login' })
    })()
  }, [store, api, enter])

  const logout = useCallback(async (): Promise<void> => {
    const unsynced = await countUnsyncedWork(store, localDocumentCopies)
    const language = languageStore.get()
    const confirmed =
      unsynced === 0 ||
      (await new Promise<boolean>((resolve) => {
        Modal.confirm({
          title: translate(language, 'logout'),
          content: translate(language, 'logout.unsynced', { count: unsynced }),
          okButtonProps: { danger: true },
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        })
      }))
    if (!confirmed) return
    await signOut(store, api, localDocumentCopies)
    enter(null)
  }, [store, api, enter])

  // The server stopped accepting the token (expired or revoked): sign in again. Unsynced work stays on the
  // device for the next sign-in; with nothing unsynced, the device is cleaned as on a normal sign-out.
  const expire = useCallback(async (): Promise<void> => {
    // The token is already dead, so there is nothing to revoke.
    if ((await countUnsyncedWork(store, localDocumentCopies)) === 0)
      await signOut(store, null, localDocumentCopies)
    else await store.setSession(null)
    enter(null)
  }, [store, api, enter])

  switch (screen.name) {
    case 'loading':
      return (
        <Flex justify="center" align="center" style={{ height: '100vh' }}>
          <Spin />
        </Flex>
      )
    case 'setup':
      return <SetupPage onDone={enter} />
    case 'login':
      return <LoginPage onLoggedIn={enter} />
    case 'workspace':
      return (
        <AntApp>
          <WorkspacePage
            session={screen.session}
            onLogout={() => void logout()}
            onUnauthorized={() => void expire()}
          />
        </AntApp>
      )
  }
}
