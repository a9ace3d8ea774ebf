import { act, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import type { ApiClient } from '../api/ApiClient'
import type { WorkspaceStore } from '../storage/WorkspaceStore'
import { AppProviders } from '../AppProviders'

// React only flushes effects and updates inside act() when told it runs in a test environment.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** Mounts pages into happy-dom with a store and a (partial) API, and drives them the way a user would. */
export function createPageHarness() {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)

  const byTestId = <T extends HTMLElement = HTMLElement>(testId: string): T => {
    const element = container.querySelector<T>(`[data-testid="${testId}"]`)
    if (element === null) throw new Error(`no element with data-testid=${testId}`)
    return element
  }

  return {
    container,
    byTestId,
    render(node: ReactNode, store: WorkspaceStore, api: Partial<ApiClient>): void {
      act(() => root.render(<AppProviders services={{ store, api: api as ApiClient }}>{node}</AppProviders>))
    },
    type(testId: string, value: string): void {
      const input = byTestId<HTMLInputElement>(testId)
      // React listens for input events and reads the value through the native setter it patched.
      act(() => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value)
        input.dispatchEvent(new Event('input', { bubbles: true }))
      })
    },
    click(testId: string): void {
      act(() => byTestId(testId).click())
    },
    /** Lets pending promises, form validation and re-renders run to completion. */
    async settle(): Promise<void> {
      for (let round = 0; round < 5; round++)
        await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    },
    unmount(): void {
      act(() => root.unmount())
      container.remove()
    },
  }
}
