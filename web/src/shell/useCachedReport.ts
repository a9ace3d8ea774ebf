import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiResult } from '../api/ApiResult'
import type { WorkspaceStore } from '../storage/WorkspaceStore'

/** A unit view's data: the server's answer, or the device's last copy of it when the server is out of reach. */
export interface CachedReportState<T> {
  value: T | undefined
  /** when `value` was fetched from the server, ISO; null before any answer */
  fetchedAt: string | null
  /** `value` (if any) is the device's copy because the server could not be reached */
  stale: boolean
  /** the server answered with an error (4xx/5xx, or an answer we could not read) */
  error: { status: number; code: string; message: string } | null
  loading: boolean
  reload: () => void
}

/**
 * Shows the cached copy under `key` at once, then asks the server (when online) and caches its answer. Offline,
 * or when the request fails for lack of network, the cached copy stays on screen marked stale.
 */
export function useCachedReport<T>(
  store: WorkspaceStore,
  key: string,
  online: boolean,
  load: () => Promise<ApiResult<T>>,
): CachedReportState<T> {
  const loadRef = useRef(load)
  loadRef.current = load
  const [generation, setGeneration] = useState(0)
  const [state, setState] = useState<Omit<CachedReportState<T>, 'reload'>>({
    value: undefined,
    fetchedAt: null,
    stale: false,
    error: null,
    loading: true,
  })

  useEffect(() => {
    let active = true
    let answered = false
    setState({ value: undefined, fetchedAt: null, stale: !online, error: null, loading: true })
    void store.getCachedReport(key).then((cached) => {
      // A fresh server answer that arrived first is never replaced by the older copy.
      if (!active || answered) return
      setState((current) => ({
        ...current,
        ...(cached === undefined ? {} : { value: cached.value as T, fetchedAt: cached.fetchedAt }),
        // Offline, the device's copy (or knowing there is none) is all there will be.
        loading: online,
      }))
    })
    if (online) {
      void loadRef.current().then(async (result) => {
        if (!active) return
        answered = true
        if (result.ok) {
          const fetchedAt = new Date().toISOString()
          setState({ value: result.value, fetchedAt, stale: false, error: null, loading: false })
          await store.putCachedReport({ key, value: result.value, fetchedAt })
        } else if (result.error.status === 0) {
          const cached = await store.getCachedReport(key)
          if (!active) return
          setState({
            value: cached?.value as T | undefined,
            fetchedAt: cached?.fetchedAt ?? null,
            stale: true,
            error: null,
            loading: false,
          })
        } else {
          setState((current) => ({ ...current, error: result.error, loading: false }))
        }
      })
    }
    return () => {
      active = false
    }
  }, [store, key, online, generation])

  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  return { ...state, reload }
}
