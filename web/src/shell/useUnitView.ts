import { useCallback, useSyncExternalStore } from 'react'
import type { UnitView } from './UnitView'

const views: readonly string[] = ['calendar', 'scorecard', 'ranking']

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

/**
 * The unit view in the hash, `#/u/<unitId>/v/<view>`, so a reload (even offline) reopens the calendar. Opening a
 * document writes `#/u/<unitId>/d/<docId>`, which drops the view back to the document list.
 */
export function useUnitView(): [UnitView, (unitId: string, view: UnitView) => void] {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  )
  const match = /^#\/u\/[^/]+\/v\/([^/?]+)/.exec(hash)
  const view: UnitView =
    match?.[1] !== undefined && views.includes(match[1]) ? (match[1] as UnitView) : 'documents'
  const setView = useCallback((unitId: string, next: UnitView) => {
    const unit = `#/u/${encodeURIComponent(unitId)}`
    window.location.hash = next === 'documents' ? unit : `${unit}/v/${next}`
  }, [])
  return [view, setView]
}
