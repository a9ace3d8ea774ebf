import { useEffect, useState } from 'react'
import type { WorkspaceStore } from '../storage/WorkspaceStore'

/**
 * Runs a store query and re-runs it after every store write, so views follow offline creations, replays and
 * server refreshes. `undefined` until the first answer.
 */
export function useStoreQuery<T>(
  store: WorkspaceStore,
  query: (store: WorkspaceStore) => Promise<T>,
  deps: unknown[],
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined)
  useEffect(() => {
    let active = true
    let version = 0
    const run = (): void => {
      const mine = ++version
      void query(store).then((result) => {
        // Only the latest run may answer, so a slow older read never overwrites a newer one.
        if (active && mine === version) setValue(result)
      })
    }
    run()
    const unsubscribe = store.subscribe(run)
    return () => {
      active = false
      unsubscribe()
    }
  }, [store, ...deps])
  return value
}
