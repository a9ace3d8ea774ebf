import { useContext } from 'react'
import type { WorkspaceServices } from './WorkspaceServices'
import { WorkspaceServicesContext } from './WorkspaceServicesContext'

/** The shared store and API client; throws when rendered outside the provider (a programming error). */
export function useWorkspaceServices(): WorkspaceServices {
  const services = useContext(WorkspaceServicesContext)
  if (services === null) throw new Error('useWorkspaceServices needs a WorkspaceServicesContext provider')
  return services
}
