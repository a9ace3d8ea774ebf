import { committeeMinutesTemplate, tiantaiCertificationTemplate } from '@zhibu/core'
import { expect, it } from 'vitest'
import type { Store } from './Store'

/** Template-version cases of the storage contract (run by `runStoreContract` on every adapter). */
export function templateContractCases(currentStore: () => Store): void {
  it('stores built-in template versions once and publishes later versions without touching earlier rows', async () => {
    const store = currentStore()
    await store.templates.ensureBuiltIns(
      [committeeMinutesTemplate, tiantaiCertificationTemplate],
      '2026-01-01',
    )
    await store.templates.ensureBuiltIns([{ ...committeeMinutesTemplate, title: '改过的' }], '2026-01-02')
    expect((await store.templates.find('committee-minutes', 1))?.template).toEqual(committeeMinutesTemplate)
    const version2 = { ...committeeMinutesTemplate, version: 2, title: '支委会会议记录(新)' }
    const record = {
      templateId: version2.id,
      version: 2,
      template: version2,
      publishedBy: 'u1',
      publishedAt: '2026-02-01',
    }
    expect(await store.templates.publish({ ...record, note: '新增议程' })).toBe(true)
    expect(await store.templates.publish({ ...record, note: '并发发布' })).toBe(false)
    expect((await store.templates.latest('committee-minutes'))?.template).toEqual(version2)
    expect(await store.templates.latest('nope')).toBeUndefined()
    expect(await store.templates.latestVersions()).toEqual(
      new Map([
        ['committee-minutes', 2],
        ['tiantai-certification', 1],
      ]),
    )
    expect(await store.templates.listVersions('committee-minutes')).toEqual([
      {
        templateId: 'committee-minutes',
        version: 1,
        note: '内置模板',
        publishedBy: 'system',
        publishedAt: '2026-01-01',
      },
      {
        templateId: 'committee-minutes',
        version: 2,
        note: '新增议程',
        publishedBy: 'u1',
        publishedAt: '2026-02-01',
      },
    ])
  })

  it('moves a document’s template version only from the expected version (compare-and-set)', async () => {
    const store = currentStore()
    await store.units.create({
      id: 'unit-tpl',
      name: '支部',
      kind: 'branch',
      parentId: null,
      createdAt: '2026-01-01',
    })
    await store.documents.create({
      id: 'doc-template-cas',
      unitId: 'unit-tpl',
      templateId: 'committee-minutes',
      templateVersion: '1',
      kind: 'minutes',
      title: '支委会',
      createdBy: 'u1',
      createdAt: '2026-01-01',
      updatedAt: '2026-01-01',
    })
    const attempts = await Promise.all(
      [1, 2, 3].map(() => store.templates.compareAndSetDocumentVersion('doc-template-cas', 1, 2)),
    )
    expect(attempts.filter(Boolean)).toHaveLength(1)
    expect((await store.documents.findById('doc-template-cas'))?.templateVersion).toBe('2')
    expect(await store.templates.compareAndSetDocumentVersion('doc-template-cas', 1, 3)).toBe(false)
  })
}
