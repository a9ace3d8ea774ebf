import { Editor } from '@tiptap/core'
import type { JSONContent } from '@tiptap/core'
import { EditorContent } from '@tiptap/react'
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import type { Root } from 'react-dom/client'
import * as Y from 'yjs'
import { documentExtensions } from '../../documentExtensions'
import { configureLivingTemplateNodes } from '../configureLivingTemplateNodes'
import type { LivingTemplateContext } from './LivingTemplateContext'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** A mounted test editor: the Tiptap editor and the element its React node views render into. */
export interface TestEditor {
  editor: Editor
  dom: HTMLElement
}

const mounted: { editor: Editor; root: Root; container: HTMLElement }[] = []

/**
 * Test support (not exported by the package): a real Editor with Collaboration on `ydoc` and the
 * living-template nodes, rendered through `EditorContent` so the React node views really mount.
 */
export async function mountTestEditor(
  ydoc: Y.Doc,
  options: { editable?: boolean; context?: LivingTemplateContext; content?: JSONContent[] | string } = {},
): Promise<TestEditor> {
  const editor = new Editor({
    element: document.createElement('div'),
    editable: options.editable ?? true,
    extensions: documentExtensions({
      ydoc,
      provider: null,
      user: { id: 'tester', name: 'tester' },
      extra: configureLivingTemplateNodes(options.context ?? {}),
    }),
  })
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  await settle(() => root.render(<EditorContent editor={editor} />))
  const content = options.content
  if (content !== undefined) {
    await settle(() =>
      editor.commands.setContent(typeof content === 'string' ? content : { type: 'doc', content }),
    )
  }
  mounted.push({ editor, root, container })
  return { editor, dom: container }
}

/** Unmounts and destroys every editor mounted by {@link mountTestEditor}. */
export async function destroyTestEditors(): Promise<void> {
  for (const { editor, root, container } of mounted.splice(0)) {
    await settle(() => root.unmount())
    editor.destroy()
    container.remove()
  }
}

/** Two Y.Docs that deliver every update to each other at once, like a connected room. */
export function syncedDocs(): [Y.Doc, Y.Doc] {
  const left = new Y.Doc()
  const right = new Y.Doc()
  left.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(right, update, 'peer')
  })
  right.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(left, update, 'peer')
  })
  return [left, right]
}

/** Types into an input or textarea the way a user does, so React's onChange runs. */
export async function typeInto(
  element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null,
  value: string,
): Promise<void> {
  if (element === null) throw new Error('no field to type into')
  // React tracks the value it last rendered; only the prototype's setter makes the change visible to it.
  const prototype = Object.getPrototypeOf(element) as object
  const descriptor = Object.getOwnPropertyDescriptor(prototype, 'value')
  await settle(() => {
    descriptor?.set?.call(element, value)
    element.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    )
  })
}

/** Clicks an element inside act, so React state and the Y.Doc settle before the next assertion. */
export async function click(element: Element | null): Promise<void> {
  if (element === null) throw new Error('nothing to click')
  await settle(() => (element as HTMLElement).click())
}

/**
 * Runs a change (a command, a remote update) inside act and lets queued work finish: Tiptap hands
 * node-view renders to React in a microtask, so views are current only after it has run.
 */
export async function settle(change: () => unknown): Promise<void> {
  await act(async () => {
    change()
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

/** Every enabled form control inside an element. */
export function enabledControls(root: Element): Element[] {
  return [...root.querySelectorAll('input, select, textarea, button')].filter(
    (control) => !(control as HTMLInputElement).disabled,
  )
}
