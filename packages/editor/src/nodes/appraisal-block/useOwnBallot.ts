import { useCallback, useEffect, useState } from 'react'
import type { AppraisalBallotService, OwnAppraisalBallot } from '../shared/AppraisalBallotService'

/** The caller's own ballot from the service: loaded once, replaced by what a cast returns. */
export function useOwnBallot(service: AppraisalBallotService | undefined): {
  ballot: OwnAppraisalBallot | null
  loading: boolean
  error: string | null
  cast: (ballot: Parameters<AppraisalBallotService['castBallot']>[0]) => Promise<boolean>
} {
  const [ballot, setBallot] = useState<OwnAppraisalBallot | null>(null)
  const [loading, setLoading] = useState(service !== undefined)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (service === undefined) return undefined
    let cancelled = false
    service
      .getOwnBallot()
      .then((own) => {
        if (!cancelled) setBallot(own)
      })
      .catch((reason: unknown) => {
        if (!cancelled) setError(reason instanceof Error ? reason.message : '测评票读取失败')
      })
      .finally(() => {
        if (!cancelled) setLoading(false)
      })
    return () => {
      cancelled = true
    }
  }, [service])
  const cast = useCallback(
    async (next: Parameters<AppraisalBallotService['castBallot']>[0]): Promise<boolean> => {
      if (service === undefined) return false
      setError(null)
      try {
        setBallot(await service.castBallot(next))
        return true
      } catch (reason) {
        setError(reason instanceof Error ? reason.message : '测评票提交失败')
        return false
      }
    },
    [service],
  )
  return { ballot, loading, error, cast }
}
