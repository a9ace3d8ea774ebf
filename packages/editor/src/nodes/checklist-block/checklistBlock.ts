import { mergeAttributes, Node } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { canEditContent } from '@zhibu/core'
import type { BlockError, ItemAnswerChange } from '@zhibu/core'
import { contentDocOf } from '../shared/contentDocOf'
import { dataAttribute } from '../shared/dataAttribute'
import { defaultNodeOptions } from '../shared/defaultNodeOptions'
import type { LivingTemplateNodeOptions } from '../shared/LivingTemplateNodeOptions'
import { resolveScheme } from '../shared/resolveScheme'
import { ChecklistBlockView } from './ChecklistBlockView'
import { writeChecklistAnswer } from './writeChecklistAnswer'

/** Options of {@link ChecklistBlock} (检查表块): the web app's context. */
export type ChecklistBlockOptions = LivingTemplateNodeOptions

/** Attributes naming what a checklist block shows: a scheme's module, or one group of it. */
export interface ChecklistBlockAttributes {
  schemeId: string
  moduleId: string
  groupId?: string | null
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    checklistBlock: {
      /** Insert a checklist block bound to a scheme module (or group). */
      insertChecklistBlock: (attributes: ChecklistBlockAttributes) => ReturnType
      /** Change one item's 自查 answer in the content room's `answers` map. */
      setChecklistAnswer: (
        schemeId: string,
        itemId: string,
        change: ItemAnswerChange,
        onRefused?: (error: BlockError) => void,
      ) => ReturnType
    }
  }
}

/**
 * 检查表块 — one row per scheme item of a module or group, with the answer control the item's kind needs.
 * Answers live in the Y.Doc's `answers` map keyed by scheme item id, never in node attributes, so
 * concurrent edits to different items merge, copy/paste and undo of the block lose nothing, and the
 * server scores the document without reading the ProseMirror tree. Its attributes only name the section.
 */
export const ChecklistBlock = Node.create<ChecklistBlockOptions>({
  name: 'checklistBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return defaultNodeOptions()
  },

  addAttributes() {
    return {
      schemeId: dataAttribute('schemeId', null),
      moduleId: dataAttribute('moduleId', null),
      groupId: dataAttribute('groupId', null),
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="checklist-block"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-type': 'checklist-block' }),
    ]
  },

  addCommands() {
    return {
      insertChecklistBlock:
        (attributes) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { groupId: null, ...attributes } }),
      setChecklistAnswer:
        (schemeId, itemId, change, onRefused) =>
        ({ editor, dispatch }) => {
          const doc = contentDocOf(editor)
          const scheme = resolveScheme(this.options, schemeId)
          const role = this.options.role
          if (doc === null || scheme === undefined || !editor.isEditable) return false
          if (role !== undefined && !canEditContent(role)) return false
          if (dispatch === undefined) return true
          const result = writeChecklistAnswer(doc, scheme, itemId, change)
          if (!result.ok) onRefused?.(result.error)
          return result.ok
        },
    }
  },

  addNodeView() {
    return ReactNodeViewRenderer(ChecklistBlockView)
  },
})
