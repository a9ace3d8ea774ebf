import { useCallback, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { DocumentExtrasApi, TemplateUpdate } from '../../api/DocumentExtrasApi'
import type { WorkspaceStore } from '../../storage/WorkspaceStore'

function metaVersion(doc: Y.Doc): string | null {
  const version = doc.getMap<unknown>('meta').get('templateVersion')
  return typeof version === 'number' || typeof version === 'string' ? String(version) : null
}

/**
 * 模板更新: what `GET /api/docs/:id/template-update` says, re-asked when the document's template version
 * changes (an upgrade arrives through sync) and when the browser comes back online; plus whether an
 * upgrade of this document already waits in the outbox. The last answer is kept offline.
 */
export function useTemplateUpdate(
  docId: string,
  doc: Y.Doc,
  api: DocumentExtrasApi | null,
  store: WorkspaceStore,
): { update: TemplateUpdate | null; version: string | null; queued: boolean; reload: () => void } {
  const [update, setUpdate] = useState<TemplateUpdate | null>(null)
  const [version, setVersion] = useState(() => metaVersion(doc))
  const [queued, setQueued] = useState(false)
  const [asked, setAsked] = useState(0)
  const reload = useCallback(() => setAsked((previous) => previous + 1), [])

  useEffect(() => {
    const meta = doc.getMap<unknown>('meta')
    const observe = (): void => setVersion(metaVersion(doc))
    meta.observe(observe)
    window.addEventListener('online', reload)
    return () => {
      meta.unobserve(observe)
      window.removeEventListener('online', reload)
    }
  }, [doc, reload])

  useEffect(() => {
    if (api === null) return undefined
    let cancelled = false
    void api.templateUpdate(docId).then((result) => {
      if (!cancelled && result.ok) setUpdate(result.value)
    })
    return () => {
      cancelled = true
    }
  }, [api, docId, version, asked])

  useEffect(() => {
    let cancelled = false
    const check = (): void => {
      void store.listOutbox().then((entries) => {
        if (cancelled) return
        setQueued(
          entries.some(
            (entry) =>
              entry.state === 'queued' &&
              entry.action.type === 'upgradeDocument' &&
              entry.action.body.docId === docId,
          ),
        )
      })
    }
    check()
    const unsubscribe = store.subscribe(check)
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [store, docId])

  return { update, version, queued, reload }
}
