import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { EvidenceFile, EvidenceService } from '../shared/EvidenceService'
import { destroyTestEditors, mountTestEditor, settle } from '../shared/mountTestEditor'
import { testScheme } from '../shared/testScheme'

const orgBlock = { type: 'checklistBlock', attrs: { schemeId: 'test-cert', moduleId: 'org' } }

/** An evidence service double holding files in memory and announcing each change. */
function evidenceStore(uploadColumn: EvidenceService['uploadColumn']) {
  const files: EvidenceFile[] = []
  const listeners = new Set<() => void>()
  const opened: string[] = []
  const service: EvidenceService = {
    list: (itemId) => files.filter((file) => file.itemId === itemId),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    uploadColumn,
    upload: (itemId, column, chosen) => {
      for (const file of chosen)
        files.push({
          key: `local:${files.length}`,
          itemId,
          column,
          name: file.name,
          mimeType: file.type,
          size: file.size,
          state: 'pending',
          previewUrl: file.type.startsWith('image/') ? 'blob:preview' : null,
          removable: true,
        })
      for (const listener of listeners) listener()
      return Promise.resolve()
    },
    open: (file) => opened.push(file.key),
    remove: (file) => {
      files.splice(files.indexOf(file), 1)
      for (const listener of listeners) listener()
      return Promise.resolve()
    },
  }
  return { service, opened }
}

afterEach(destroyTestEditors)

describe('checklist evidence', () => {
  it('uploads chosen files into the user’s column and lists them per item with a thumbnail', async () => {
    const evidence = evidenceStore('self')
    const { dom } = await mountTestEditor(new Y.Doc(), {
      content: [orgBlock],
      context: { getScheme: () => testScheme, evidence: evidence.service },
    })
    const row = dom.querySelector('[data-item-id="org.1"]')
    expect(row?.querySelector('[data-action="upload-evidence"]')?.textContent).toBe('上传证据(自查)')
    const input = row?.querySelector<HTMLInputElement>('[data-testid="evidence-input"]')
    if (input === null || input === undefined) throw new Error('no file input')
    const photo = new File([new Uint8Array([1, 2, 3])], '支部活动.jpg', { type: 'image/jpeg' })
    Object.defineProperty(input, 'files', { value: [photo], configurable: true })
    await settle(() => input.dispatchEvent(new Event('change', { bubbles: true })))
    const listed = row?.querySelector('.zhibu-evidence__file')
    expect(listed?.textContent).toContain('支部活动.jpg')
    expect(listed?.textContent).toContain('自查 · 3 B · 待上传')
    expect(listed?.querySelector('img')?.getAttribute('src')).toBe('blob:preview')
    expect(dom.querySelector('[data-item-id="org.2"] .zhibu-evidence__file')).toBeNull()
    await settle(() => (listed?.querySelector('[data-action="open-evidence"]') as HTMLElement).click())
    expect(evidence.opened).toEqual(['local:0'])
    await settle(() => (listed?.querySelector('[data-action="remove-evidence"]') as HTMLElement).click())
    expect(row?.querySelector('.zhibu-evidence__file')).toBeNull()
  })

  it('offers no upload to a user without a column, and labels a certifier’s uploads 考核', async () => {
    const reader = await mountTestEditor(new Y.Doc(), {
      content: [orgBlock],
      context: { getScheme: () => testScheme, evidence: evidenceStore(null).service },
    })
    expect(reader.dom.querySelector('[data-action="upload-evidence"]')).toBeNull()
    const certifier = await mountTestEditor(new Y.Doc(), {
      editable: false,
      content: [orgBlock],
      context: {
        role: 'certifier',
        getScheme: () => testScheme,
        evidence: evidenceStore('inspector').service,
      },
    })
    expect(certifier.dom.querySelector('[data-action="upload-evidence"]')?.textContent).toBe('上传证据(考核)')
  })
})
