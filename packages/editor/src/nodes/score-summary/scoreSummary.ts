import { mergeAttributes, Node } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { dataAttribute } from '../shared/dataAttribute'
import { defaultNodeOptions } from '../shared/defaultNodeOptions'
import type { LivingTemplateNodeOptions } from '../shared/LivingTemplateNodeOptions'
import { ScoreSummaryView } from './ScoreSummaryView'

/** Options of {@link ScoreSummary} (评分汇总): the web app's context. */
export type ScoreSummaryOptions = LivingTemplateNodeOptions

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    scoreSummary: {
      /** Insert a score summary of a scheme. */
      insertScoreSummary: (schemeId: string) => ReturnType
    }
  }
}

/**
 * 评分汇总 — total, full points, module table, vetoes and locks, grade and what is still missing, as a
 * pure function of the document (core's `scoreDocument` over the `answers` and `inspection` maps), so
 * it matches `GET /api/docs/:id/score` and is identical on every client.
 */
export const ScoreSummary = Node.create<ScoreSummaryOptions>({
  name: 'scoreSummary',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return defaultNodeOptions()
  },

  addAttributes() {
    return { schemeId: dataAttribute('schemeId', null) }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="score-summary"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-type': 'score-summary' }),
    ]
  },

  addCommands() {
    return {
      insertScoreSummary:
        (schemeId) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { schemeId } }),
    }
  },

  addNodeView() {
    return ReactNodeViewRenderer(ScoreSummaryView)
  },
})
