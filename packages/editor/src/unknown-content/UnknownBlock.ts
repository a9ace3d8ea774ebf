import { Node } from '@tiptap/core'

/** Options of {@link UnknownBlock}. */
export interface UnknownBlockOptions {
  /** text shown in place of the content this client cannot display */
  label: string
}

/**
 * Stands in for a block node (未知内容块) written by a newer client whose schema this client lacks.
 * It is an opaque atom: the original Y.XmlElement, its attributes and children stay untouched in the
 * shared document because this client never edits inside it (see preserveUnknownContent).
 */
export const UnknownBlock = Node.create<UnknownBlockOptions>({
  name: 'unknownBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  // Lowest priority puts it last in the 'block' group, so ProseMirror never picks it as a default block.
  priority: 1,

  addOptions() {
    return { label: '此处内容由较新版本创建，已原样保留' }
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
      'div',
      { ...HTMLAttributes, class: 'zhibu-unknown-node', contenteditable: 'false' },
      this.options.label,
    ]
  },
})
