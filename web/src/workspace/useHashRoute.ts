import { useCallback, useSyncExternalStore } from 'react'

/** 当前位置: the selected unit and document, kept in the URL hash so reloads (even offline) reopen them. */
export interface HashRoute {
  unitId: string | null
  docId: string | null
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

function parse(hash: string): HashRoute {
  const match = /^#\/u\/([^/]+)(?:\/d\/([^/]+))?/.exec(hash)
  if (match === null) return { unitId: null, docId: null }
  return {
    unitId: decodeURIComponent(match[1] ?? ''),
    docId: match[2] === undefined ? null : decodeURIComponent(match[2]),
  }
}

/** The route in `#/u/<unitId>/d/<docId>` and a navigate function that writes it. */
export function useHashRoute(): [HashRoute, (route: HashRoute) => void] {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  )
  const navigate = useCallback((route: HashRoute) => {
    if (route.unitId === null) window.location.hash = ''
    else
      window.location.hash = `#/u/${encodeURIComponent(route.unitId)}${route.docId === null ? '' : `/d/${encodeURIComponent(route.docId)}`}`
  }, [])
  return [parse(hash), navigate]
}
