import { canViewBallotTally } from '@zhibu/core'
import type { Role } from '@zhibu/core'
import { useEffect, useMemo, useRef } from 'react'
import type { DocumentExtrasApi } from '../../api/DocumentExtrasApi'
import type { WorkspaceStore } from '../../storage/WorkspaceStore'
import type { DocumentBlockServices } from '../documentPageExtensions'
import { useDocumentStrings } from '../useDocumentStrings'
import { createBallotService } from './createBallotService'
import { createTallyProvider } from './createTallyProvider'
import { DocumentEvidence } from './DocumentEvidence'

/**
 * The blocks' API-backed services for one open document: the caller's own ballot, the committee's tally
 * (editors and admins only, [S136]) and evidence files. Kept stable while the document, role and API stay
 * the same, since the editor is rebuilt whenever they change.
 */
export function useDocumentBlockServices(
  docId: string,
  userId: string,
  role: Role | undefined,
  api: DocumentExtrasApi | null,
  store: WorkspaceStore,
): DocumentBlockServices | undefined {
  const t = useDocumentStrings()
  const tRef = useRef(t)
  tRef.current = t
  const services = useMemo(() => {
    if (api === null) return undefined
    const evidence = new DocumentEvidence({
      docId,
      userId,
      role,
      store,
      api,
      offlineRemoveMessage: () => tRef.current('evidence.offlineRemove'),
    })
    const ballot = createBallotService(api, docId, {
      get offline() {
        return tRef.current('ballot.offline')
      },
    })
    const tally = role !== undefined && canViewBallotTally(role) ? createTallyProvider(api, docId) : undefined
    return { evidence, ballot, ...(tally === undefined ? {} : { getAppraisalTally: tally }) }
  }, [api, docId, userId, role, store])

  useEffect(() => {
    const evidence = services?.evidence
    if (evidence === undefined) return undefined
    const refresh = (): void => void evidence.refresh()
    refresh()
    window.addEventListener('online', refresh)
    return () => {
      window.removeEventListener('online', refresh)
      evidence.dispose()
    }
  }, [services])
  return services
}
