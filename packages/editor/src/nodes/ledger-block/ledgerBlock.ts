import { mergeAttributes, Node } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import {
  addLedgerRow,
  canEditContent,
  deleteLedgerRow,
  spawnRectificationInDoc,
  transitionRectificationInDoc,
  writeLedgerRow,
} from '@zhibu/core'
import type { BlockError, LedgerKind, RectificationStatus } from '@zhibu/core'
import type { Editor } from '@tiptap/core'
import { contentDocOf } from '../shared/contentDocOf'
import { defaultNodeOptions } from '../shared/defaultNodeOptions'
import type { LivingTemplateNodeOptions } from '../shared/LivingTemplateNodeOptions'
import { newRowId } from '../shared/newRowId'
import { todayOf } from '../shared/todayOf'
import { LedgerBlockView } from './LedgerBlockView'

/** Options of {@link LedgerBlock} (台账块): the web app's context (role, clock, members, transition requests). */
export type LedgerBlockOptions = LivingTemplateNodeOptions

const ledgerKinds: readonly LedgerKind[] = ['tasks', 'problems', 'rectification']

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    ledgerBlock: {
      /** Insert a 任务清单, 问题清单 or 整改清单 block. */
      insertLedgerBlock: (ledgerKind: LedgerKind) => ReturnType
      /** Append a fresh row to a ledger; `rowId` defaults to a random id. */
      addLedgerRow: (
        ledgerKind: LedgerKind,
        fields?: Readonly<Record<string, unknown>>,
        rowId?: string,
      ) => ReturnType
      /** Change some cells of a row (undefined clears a cell). */
      updateLedgerRow: (rowId: string, patch: Readonly<Record<string, unknown>>) => ReturnType
      /** Remove a row. */
      deleteLedgerRow: (rowId: string) => ReturnType
      /** Turn a 问题 row into a linked 整改 row. */
      spawnRectification: (problemId: string, onRefused?: (error: BlockError) => void) => ReturnType
      /** Move a 整改 row to another status, by core's transition rules. */
      transitionRectification: (
        rowId: string,
        to: RectificationStatus,
        reason?: string,
        onRefused?: (error: BlockError) => void,
      ) => ReturnType
    }
  }
}

function writableDoc(editor: Editor, options: LedgerBlockOptions) {
  const doc = contentDocOf(editor)
  if (doc === null || !editor.isEditable) return null
  if (options.role !== undefined && !canEditContent(options.role)) return null
  return doc
}

/**
 * 台账块 — typed rows of one ledger kind, from the document's `ledger` map (rows keyed by id, so
 * concurrent rows and cells merge). Status moves follow core's rectification rules; deadline buckets
 * are computed against the clock the web app passes in. Its one attribute names the ledger.
 */
export const LedgerBlock = Node.create<LedgerBlockOptions>({
  name: 'ledgerBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return defaultNodeOptions()
  },

  addAttributes() {
    return {
      ledgerKind: {
        default: 'tasks',
        parseHTML: (element) => {
          const value = element.getAttribute('data-ledger-kind')
          return ledgerKinds.find((kind) => kind === value) ?? 'tasks'
        },
        renderHTML: (attributes) => ({ 'data-ledger-kind': attributes['ledgerKind'] as string }),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="ledger-block"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-type': 'ledger-block' }),
    ]
  },

  addCommands() {
    return {
      insertLedgerBlock:
        (ledgerKind) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { ledgerKind } }),
      addLedgerRow:
        (ledgerKind, fields = {}, rowId = newRowId()) =>
        ({ editor, dispatch }) => {
          const doc = writableDoc(editor, this.options)
          if (doc === null) return false
          if (dispatch !== undefined) addLedgerRow(doc, ledgerKind, rowId, todayOf(this.options), fields)
          return true
        },
      updateLedgerRow:
        (rowId, patch) =>
        ({ editor, dispatch }) => {
          const doc = writableDoc(editor, this.options)
          if (doc === null) return false
          return dispatch === undefined || writeLedgerRow(doc, rowId, patch)
        },
      deleteLedgerRow:
        (rowId) =>
        ({ editor, dispatch }) => {
          const doc = writableDoc(editor, this.options)
          if (doc === null) return false
          if (dispatch !== undefined) deleteLedgerRow(doc, rowId)
          return true
        },
      spawnRectification:
        (problemId, onRefused) =>
        ({ editor, dispatch }) => {
          const doc = writableDoc(editor, this.options)
          if (doc === null) return false
          if (dispatch === undefined) return true
          const result = spawnRectificationInDoc(doc, problemId, {
            rowId: newRowId(),
            today: todayOf(this.options),
          })
          if (!result.ok) onRefused?.(result.error)
          return result.ok
        },
      transitionRectification:
        (rowId, to, reason, onRefused) =>
        ({ editor, dispatch }) => {
          const doc = writableDoc(editor, this.options)
          if (doc === null) return false
          if (dispatch === undefined) return true
          const result = transitionRectificationInDoc(doc, rowId, {
            role: this.options.role ?? 'editor',
            to,
            isOwnItem: this.options.isOwnUnit ?? true,
            on: todayOf(this.options),
            ...(reason === undefined ? {} : { reason }),
          })
          if (!result.ok) onRefused?.(result.error)
          return result.ok
        },
    }
  },

  addNodeView() {
    return ReactNodeViewRenderer(LedgerBlockView)
  },
})
