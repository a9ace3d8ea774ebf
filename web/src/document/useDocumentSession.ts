import { useEffect, useState } from 'react'
import { isE2eHarness } from './isE2eHarness'
import { openDocumentSession } from './openDocumentSession'
import type { DocumentSession, OpenDocumentSessionOptions } from './openDocumentSession'

/** Loading state of {@link useDocumentSession}. */
export type DocumentSessionState =
  { kind: 'loading' } | { kind: 'open'; session: DocumentSession } | { kind: 'failed'; message: string }

/** Opens the document for as long as the component is mounted with these options. */
export function useDocumentSession(options: OpenDocumentSessionOptions): DocumentSessionState {
  const [state, setState] = useState<DocumentSessionState>({ kind: 'loading' })
  const { docId, syncUrl, token, canEdit } = options
  useEffect(() => {
    let cancelled = false
    let opened: DocumentSession | null = null
    setState({ kind: 'loading' })
    openDocumentSession({ docId, syncUrl, token, canEdit }).then(
      (session) => {
        if (cancelled) {
          void session.destroy()
          return
        }
        opened = session
        if (isE2eHarness()) (window as { __zhibu?: unknown }).__zhibu = session
        setState({ kind: 'open', session })
      },
      (error: unknown) => {
        if (!cancelled)
          setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => {
      cancelled = true
      void opened?.destroy()
    }
  }, [docId, syncUrl, token, canEdit])
  return state
}
