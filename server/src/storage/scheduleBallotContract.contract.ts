import { expect, it } from 'vitest'
import type { Store } from './Store'

/**
 * Contract cases for the schedule and ballot repos (migration 004), run inside `runStoreContract` so every adapter
 * gets them; `getStore` returns the case's fresh store.
 */
export function scheduleBallotContractCases(getStore: () => Store): void {
  async function seedUnitAndDocument(store: Store): Promise<void> {
    await store.units.create({ id: 'b1', name: '一支部', kind: 'branch', parentId: null, createdAt: 'a' })
    await store.documents.create({
      id: 'appraisal-1',
      unitId: 'b1',
      templateId: 'member-appraisal',
      templateVersion: '1',
      kind: 'appraisal',
      title: '民主评议',
      createdBy: 'u1',
      createdAt: 'a',
      updatedAt: 'a',
    })
  }

  it('stores schedules per unit, lists them oldest first and deletes only within the unit', async () => {
    const store = getStore()
    await seedUnitAndDocument(store)
    await store.units.create({ id: 'b2', name: '二支部', kind: 'branch', parentId: null, createdAt: 'a' })
    const base = {
      templateId: 'committee-minutes',
      frequency: 'monthly' as const,
      minimumPerPeriod: 1,
      startDate: '2026-01-01',
      createdBy: 'u1',
    }
    await store.schedules.create({ ...base, id: 's2', unitId: 'b1', endDate: null, createdAt: '2026-02-01' })
    await store.schedules.create({
      ...base,
      id: 's1',
      unitId: 'b1',
      endDate: '2026-12-31',
      createdAt: '2026-01-01',
    })
    await store.schedules.create({ ...base, id: 's3', unitId: 'b2', endDate: null, createdAt: '2026-01-01' })
    const listed = await store.schedules.listByUnit('b1')
    expect(listed.map((schedule) => schedule.id)).toEqual(['s1', 's2'])
    expect(listed[0]).toEqual({
      ...base,
      id: 's1',
      unitId: 'b1',
      endDate: '2026-12-31',
      createdAt: '2026-01-01',
    })
    expect(await store.schedules.delete('b1', 's3')).toBe(false)
    expect(await store.schedules.delete('b1', 's1')).toBe(true)
    expect(await store.schedules.delete('b1', 's1')).toBe(false)
    expect((await store.schedules.listByUnit('b1')).map((schedule) => schedule.id)).toEqual(['s2'])
  })

  it('keeps one ballot per voter per document, a later one replacing the earlier', async () => {
    const store = getStore()
    await seedUnitAndDocument(store)
    const first = {
      docId: 'appraisal-1',
      voterId: 'v1',
      grades: { m1: 'excellent' },
      notes: {},
      castAt: 't1',
    }
    expect(await store.ballots.put(first)).toBe(false)
    expect(
      await store.ballots.put({
        ...first,
        grades: { m1: 'qualified' },
        notes: { m1: '学习不够' },
        castAt: 't2',
      }),
    ).toBe(true)
    await store.ballots.put({ ...first, voterId: 'v0', castAt: 't3' })
    expect(await store.ballots.find('appraisal-1', 'v1')).toEqual({
      docId: 'appraisal-1',
      voterId: 'v1',
      grades: { m1: 'qualified' },
      notes: { m1: '学习不够' },
      castAt: 't2',
    })
    expect(await store.ballots.find('appraisal-1', 'nobody')).toBeUndefined()
    expect((await store.ballots.listForDocument('appraisal-1')).map((ballot) => ballot.voterId)).toEqual([
      'v0',
      'v1',
    ])
  })
}
