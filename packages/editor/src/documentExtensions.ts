import type { AnyExtension } from '@tiptap/core'
import { Collaboration } from '@tiptap/extension-collaboration'
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret'
import { Image } from '@tiptap/extension-image'
import { TaskItem, TaskList } from '@tiptap/extension-list'
import { Placeholder } from '@tiptap/extension-placeholder'
import { TableKit } from '@tiptap/extension-table'
import { StarterKit } from '@tiptap/starter-kit'
import type * as Y from 'yjs'
import { userColor } from './collaboration/userColor'
import { documentField } from './documentField'
import { PasteSanitizer } from './paste/PasteSanitizer'
import { PreserveUnknownContent } from './unknown-content/PreserveUnknownContent'
import { UnknownBlock } from './unknown-content/UnknownBlock'
import { UnknownInline } from './unknown-content/UnknownInline'

/** Who is typing (当前用户), as shown on carets; the server re-stamps it with the authenticated user. */
export interface CollaborationUser {
  id: string
  name: string
}

/** Anything with a y-protocols Awareness, such as y-websocket's WebsocketProvider. */
export interface AwarenessProvider {
  awareness: unknown
}

/** Options of {@link documentExtensions}. */
export interface DocumentExtensionsOptions {
  /** the content room's Y.Doc */
  ydoc: Y.Doc
  /** the sync provider whose awareness carries carets; null when working without presence (tests, print) */
  provider: AwarenessProvider | null
  user: CollaborationUser
  /** shown in an empty document */
  placeholder?: string
  /** nodes added by later work (meetingHeader, ledgerBlock, …), appended after the base set */
  extra?: readonly AnyExtension[]
}

/**
 * The Tiptap extension set of a Zhibu document (文档编辑器扩展). Undo and redo come from Collaboration
 * (a Yjs UndoManager that tracks only this client's changes, so undo never removes a colleague's
 * typing); StarterKit's own history is therefore disabled. Editability is the editor's `editable`
 * option, not an extension.
 */
export function documentExtensions(options: DocumentExtensionsOptions): AnyExtension[] {
  const fragment = options.ydoc.getXmlFragment(documentField)
  const extensions: AnyExtension[] = [
    StarterKit.configure({
      undoRedo: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
    TaskList,
    TaskItem.configure({ nested: true }),
    Image.configure({ inline: false, allowBase64: false }),
    Placeholder.configure({ placeholder: options.placeholder ?? '' }),
    PasteSanitizer,
    UnknownBlock,
    UnknownInline,
    PreserveUnknownContent.configure({ fragment }),
    Collaboration.configure({ document: options.ydoc, field: documentField }),
  ]
  if (options.provider !== null) {
    extensions.push(
      CollaborationCaret.configure({
        provider: options.provider,
        user: { id: options.user.id, name: options.user.name, color: userColor(options.user.id) },
      }),
    )
  }
  extensions.push(...(options.extra ?? []))
  return extensions
}
