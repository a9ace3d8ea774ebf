import { Node } from '@tiptap/core'

/** Options of {@link UnknownInline}. */
export interface UnknownInlineOptions {
  /** text shown in place of the inline content this client cannot display */
  label: string
}

/**
 * Stands in for an inline node (未知行内内容) written by a newer client, for example a mention type this
 * client does not know. Same contract as UnknownBlock: an opaque atom whose Yjs original is kept.
 */
export const UnknownInline = Node.create<UnknownInlineOptions>({
  name: 'unknownInline',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  priority: 1,

  addOptions() {
    return { label: '［未知内容］' }
  },

  addAttributes() {
    return {
      originalName: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-unknown-node'),
        renderHTML: (attributes: { originalName?: string | null }) => ({
          'data-unknown-node': attributes.originalName ?? '',
        }),
      },
    }
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'span',
      { ...HTMLAttributes, class: 'zhibu-unknown-node', contenteditable: 'false' },
      this.options.label,
    ]
  },
})
