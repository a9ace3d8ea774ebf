import { canViewBallotTally } from '@zhibu/core'
import type { AppraisalTally } from '@zhibu/core'
import { useCallback, useEffect, useState } from 'react'
import type { LivingTemplateNodeOptions } from '../shared/LivingTemplateNodeOptions'

/**
 * The 民主测评 tally from the web app's provider, loaded on mount and on demand. Roles that may not
 * see tallies (members, so nobody learns how others voted) never call the provider at all.
 */
export function useAppraisalTally(options: LivingTemplateNodeOptions): {
  tally: AppraisalTally | null
  allowed: boolean
  error: string | null
  reload: () => void
} {
  const provider = options.getAppraisalTally
  const allowed = provider !== undefined && (options.role === undefined || canViewBallotTally(options.role))
  const [tally, setTally] = useState<AppraisalTally | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(() => {
    if (!allowed || provider === undefined) return
    setError(null)
    Promise.resolve(provider())
      .then(setTally)
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : '测评结果读取失败'))
  }, [allowed, provider])
  useEffect(reload, [reload])
  return { tally: allowed ? tally : null, allowed, error, reload }
}
