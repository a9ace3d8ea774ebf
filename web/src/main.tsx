import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { AppProviders } from './AppProviders'
import { createApiClient } from './api/createApiClient'
import type { Session } from './storage/Session'
import { defaultWorkspaceStore } from './storage/defaultWorkspaceStore'
import type { WorkspaceServices } from './workspace/WorkspaceServices'

let currentToken: string | null = null
const services: WorkspaceServices = {
  store: defaultWorkspaceStore,
  api: createApiClient({ getToken: () => currentToken }),
}

const container = document.getElementById('root')
if (container === null) throw new Error('index.html has no #root')
createRoot(container).render(
  <StrictMode>
    <AppProviders services={services}>
      <App
        onSession={(session: Session | null) => {
          currentToken = session?.token ?? null
        }}
      />
    </AppProviders>
  </StrictMode>,
)
