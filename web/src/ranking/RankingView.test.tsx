import { App as AntApp } from 'antd'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createUnitReportsApi } from '../api/createUnitReportsApi'
import { languageStore } from '../i18n/languageStore'
import { MemoryWorkspaceStore } from '../storage/MemoryWorkspaceStore'
import { createPageHarness } from '../testing/createPageHarness'
import { fakeJsonFetch } from '../testing/fakeJsonFetch'
import { RankingView } from './RankingView'

const ranking = {
  units: [
    { unitId: 'b1', name: '第一党支部', total: '95.50', passed: true, grade: '一级', rank: 1 },
    { unitId: 'b3', name: '第三党支部', total: 91, passed: true, grade: '二级', rank: 2 },
    { unitId: 'b2', name: '第二党支部', total: '72.25', passed: false, grade: '不合格', rank: 3 },
  ],
  cohort: {
    rule: {
      kind: 'topShare',
      id: 'top-10',
      share: { numerator: 1, denominator: 10 },
      of: 'passing',
      grade: '一级',
      otherwise: '二级',
    },
    passingCount: 2,
    topCount: 1,
    advisories: [{ code: 'cohort.quota-exceeded', message: '一级单位超过约10%' }],
  },
}

let page: ReturnType<typeof createPageHarness>

beforeEach(() => {
  localStorage.clear()
  languageStore.reload()
  page = createPageHarness()
})
afterEach(() => page.unmount())

describe('ranking view', () => {
  it('ranks the units with grades and pass badges and sums up the cohort rule', async () => {
    const fake = fakeJsonFetch({ 'GET /api/units/org/ranking?year=2026': ranking })
    const selected: string[] = []
    page.render(
      <AntApp>
        <RankingView
          unitId="org"
          api={createUnitReportsApi({ getToken: () => 't', fetch: fake.fetch })}
          online
          today="2026-11-23"
          onSelectUnit={(unitId) => selected.push(unitId)}
        />
      </AntApp>,
      new MemoryWorkspaceStore(),
      {},
    )
    await page.settle()
    const rows = [...page.container.querySelectorAll('[data-testid^="ranking-row-"]')]
    expect(rows.map((row) => row.getAttribute('data-testid'))).toEqual([
      'ranking-row-b1',
      'ranking-row-b3',
      'ranking-row-b2',
    ])
    expect(rows[0]?.textContent).toContain('一级')
    expect(rows[2]?.textContent).toContain('未达标')
    expect(page.byTestId('ranking-total-b1').textContent).toBe('95.50')
    expect(page.byTestId('ranking-total-b3').textContent).toBe('91')
    expect(page.byTestId('ranking-passing-count').textContent).toBe('2 个')
    expect(page.byTestId('ranking-top-count').textContent).toBe('1 个')
    expect(page.byTestId('ranking-cohort-rule').textContent).toBe('达标单位前10%为一级，其余为二级')
    expect(page.byTestId('ranking-advisories').textContent).toContain('一级单位超过约10%')
    act(() => rows[1]?.querySelector('a')?.click())
    expect(selected).toEqual(['b3'])
  })

  it('speaks English when switched', async () => {
    languageStore.set('en')
    const fake = fakeJsonFetch({ 'GET /api/units/org/ranking?year=2026': ranking })
    page.render(
      <AntApp>
        <RankingView
          unitId="org"
          api={createUnitReportsApi({ getToken: () => 't', fetch: fake.fetch })}
          online
          today="2026-11-23"
          onSelectUnit={() => undefined}
        />
      </AntApp>,
      new MemoryWorkspaceStore(),
      {},
    )
    await page.settle()
    expect(page.container.textContent).toContain('Branch ranking 2026')
    expect(page.byTestId('ranking-row-b2').textContent).toContain('Not passed')
  })
})
