import { useEffect, useState } from 'react'
import type { EvidenceFile, EvidenceService } from '../shared/EvidenceService'

const none: readonly EvidenceFile[] = []

/** One item's evidence files, re-read whenever the service reports a change. */
export function useEvidenceFiles(
  service: EvidenceService | undefined,
  itemId: string,
): readonly EvidenceFile[] {
  const [, setVersion] = useState(0)
  useEffect(() => {
    if (service === undefined) return undefined
    return service.subscribe(() => setVersion((previous) => previous + 1))
  }, [service])
  return service === undefined ? none : service.list(itemId)
}
