import { App as AntApp } from 'antd'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createUnitReportsApi } from '../api/createUnitReportsApi'
import { languageStore } from '../i18n/languageStore'
import { MemoryWorkspaceStore } from '../storage/MemoryWorkspaceStore'
import { createPageHarness } from '../testing/createPageHarness'
import { fakeJsonFetch } from '../testing/fakeJsonFetch'
import { ScorecardView } from './ScorecardView'

function scorecard(year: number, total: string, passed: boolean) {
  return {
    unit: { id: 'b1', name: '第一党支部' },
    year,
    rules: { id: 'annual', title: '年度考核记分规则' },
    components: [
      {
        id: 'cert',
        title: '认证评分',
        weight: 400,
        weightText: '40%',
        score: '36.8',
        full: 40,
        detail: '认证表 92.00 分',
      },
      {
        id: 'meetings',
        title: '三会一课',
        weight: 600,
        weightText: '60%',
        score: 55.1,
        full: 60,
        detail: '11/12 期',
      },
    ],
    total,
    passed,
    grade: passed ? '合格' : '不合格',
    explanation: ['认证评分按40%计入', '三会一课按60%计入'],
    forms: [
      {
        docId: 'cert-doc',
        title: '天台认证表',
        schemeId: 'tiantai',
        total: '92.00',
        full: 100,
        grade: '一级',
        passed: true,
        vetoed: false,
      },
    ],
  }
}

let page: ReturnType<typeof createPageHarness>

beforeEach(() => {
  localStorage.clear()
  languageStore.reload()
  page = createPageHarness()
})
afterEach(() => page.unmount())

describe('scorecard view', () => {
  it('shows the total exactly as sent, the pass badge, the components, forms and explanation', async () => {
    const fake = fakeJsonFetch({
      'GET /api/units/b1/scorecard?year=2026': scorecard(2026, '91.900', true),
      'GET /api/units/b1/scorecard?year=2025': scorecard(2025, '78.5', false),
    })
    const opened: string[] = []
    page.render(
      <AntApp>
        <ScorecardView
          unitId="b1"
          api={createUnitReportsApi({ getToken: () => 't', fetch: fake.fetch })}
          online
          today="2026-11-23"
          onOpenDocument={(docId) => opened.push(docId)}
        />
      </AntApp>,
      new MemoryWorkspaceStore(),
      {},
    )
    await page.settle()
    expect(page.byTestId('scorecard-total').textContent).toBe('91.900')
    expect(page.byTestId('scorecard-passed').textContent).toBe('达标')
    expect(page.byTestId('scorecard-component-cert').textContent).toBe('36.8 / 40')
    expect(page.byTestId('scorecard-components').textContent).toContain('40%')
    expect(page.byTestId('scorecard-explanation').textContent).toContain('三会一课按60%计入')
    act(() => page.byTestId('scorecard-form-cert-doc').click())
    expect(opened).toEqual(['cert-doc'])

    page.click('year-previous')
    await page.settle()
    expect(fake.requests.at(-1)?.url).toBe('/api/units/b1/scorecard?year=2025')
    expect(page.byTestId('scorecard-total').textContent).toBe('78.5')
    expect(page.byTestId('scorecard-passed').getAttribute('data-passed')).toBe('false')
    expect(page.container.textContent).toContain('2025年 支部记分卡')
  })

  it('shows the server’s refusal with a retry instead of an empty card', async () => {
    const fake = fakeJsonFetch({
      'GET /api/units/b1/scorecard?year=2026': {
        status: 403,
        body: { error: { code: 'FORBIDDEN', message: '无权查看' } },
      },
    })
    page.render(
      <AntApp>
        <ScorecardView
          unitId="b1"
          api={createUnitReportsApi({ getToken: () => 't', fetch: fake.fetch })}
          online
          today="2026-11-23"
          onOpenDocument={() => undefined}
        />
      </AntApp>,
      new MemoryWorkspaceStore(),
      {},
    )
    await page.settle()
    expect(page.byTestId('report-error').textContent).toContain('加载失败：无权查看')
    expect(page.container.querySelector('[data-testid="scorecard-total"]')).toBeNull()
  })
})
