import { describe, expect, it } from 'vitest'
import type { ApiResult } from '../../api/ApiResult'
import type { BallotBody, DocumentExtrasApi, OwnBallot } from '../../api/DocumentExtrasApi'
import { createBallotService } from './createBallotService'
import { createTallyProvider } from './createTallyProvider'

function fakeBallotApi(answers: { own?: ApiResult<OwnBallot | null>; tally?: ApiResult<unknown> } = {}) {
  const sent: BallotBody[] = []
  const api = {
    ownBallot: () => Promise.resolve(answers.own ?? { ok: true, value: null }),
    castBallot: (_docId: string, body: BallotBody) => {
      sent.push(body)
      return Promise.resolve({ ok: true, value: { castAt: '2026-11-23T02:00:00.000Z' } })
    },
    tally: () =>
      Promise.resolve(
        answers.tally ?? { ok: false, error: { status: 403, code: 'FORBIDDEN', message: '无权查看' } },
      ),
  } as unknown as DocumentExtrasApi
  return { api, sent }
}

describe('ballot service', () => {
  it('sends grades as the 测评表 labels and reads them back as grade keys', async () => {
    const { api, sent } = fakeBallotApi({
      own: { ok: true, value: { grades: { m1: '基本合格' }, notes: { m1: '迟到' }, castAt: 't' } },
    })
    const service = createBallotService(api, 'doc', { offline: '离线' })
    expect(await service.getOwnBallot()).toEqual({
      grades: { m1: 'basicallyQualified' },
      problems: { m1: '迟到' },
      castAt: 't',
    })
    const cast = await service.castBallot({ grades: { m1: 'excellent', m2: 'unqualified' }, problems: {} })
    expect(sent).toEqual([{ grades: { m1: '优秀', m2: '不合格' } }])
    expect(cast.castAt).toBe('2026-11-23T02:00:00.000Z')
  })

  it('explains that ballots need the network when the server is out of reach', async () => {
    const { api } = fakeBallotApi({ own: { ok: false, error: { status: 0, code: 'NETWORK', message: 'x' } } })
    await expect(createBallotService(api, 'doc', { offline: '请联网' }).getOwnBallot()).rejects.toThrow(
      '请联网',
    )
  })

  it('turns a refused tally into an error and a tally answer into core’s shape', async () => {
    await expect(createTallyProvider(fakeBallotApi().api, 'doc')()).rejects.toThrow('无权查看')
    const tally = { ballotCount: 2, members: [{ memberId: 'm1' }] }
    const { api } = fakeBallotApi({ tally: { ok: true, value: { tally, quota: null, voters: 2 } } })
    expect(await createTallyProvider(api, 'doc')()).toEqual({ ...tally, issues: [] })
  })
})
