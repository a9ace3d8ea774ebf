import { useEffect, useRef } from 'react'
import type { WorkspaceServices } from './WorkspaceServices'
import { refreshWorkspace } from './refreshWorkspace'

// Often enough that a colleague's new document shows up while you look at the list, cheap for the server.
const refreshIntervalMs = 5000

/**
 * Keeps the local workspace in step with the server while online: at once, whenever the network returns or
 * the unit changes, and every few seconds. Calls `onUnauthorized` when the server no longer accepts the token.
 */
export function useWorkspaceRefresh(
  services: WorkspaceServices,
  online: boolean,
  unitId: string | null,
  onUnauthorized: () => void,
): void {
  const onUnauthorizedRef = useRef(onUnauthorized)
  onUnauthorizedRef.current = onUnauthorized
  useEffect(() => {
    if (!online) return
    let active = true
    const tick = (): void => {
      void refreshWorkspace(services.store, services.api, unitId).then((outcome) => {
        if (active && outcome === 'unauthorized') onUnauthorizedRef.current()
      })
    }
    tick()
    const timer = window.setInterval(tick, refreshIntervalMs)
    return () => {
      active = false
      window.clearInterval(timer)
    }
  }, [services, online, unitId])
}
