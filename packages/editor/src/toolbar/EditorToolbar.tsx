import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { ReactNode } from 'react'
import { editorToolbarLabels } from './editorToolbarLabels'
import type { EditorToolbarLabels } from './editorToolbarLabels'
import { isSafeUrl } from './isSafeUrl'

/** Props of {@link EditorToolbar}. */
export interface EditorToolbarProps {
  editor: Editor
  labels?: EditorToolbarLabels
  /** asks the user for a URL; resolves to null when cancelled. Defaults to `window.prompt`. */
  requestUrl?: (message: string) => Promise<string | null>
}

type ToolName =
  'heading1' | 'heading2' | 'heading3' | 'bold' | 'italic' | 'bulletList' | 'orderedList' | 'taskList'

const defaultRequestUrl = (message: string): Promise<string | null> => Promise.resolve(window.prompt(message))

/**
 * The document toolbar (编辑工具栏): headings, bold/italic, lists, task list, table, link, image by
 * URL, and per-user undo/redo. Hidden controls are never offered to read-only users: the toolbar
 * renders nothing when the editor is not editable.
 */
export function EditorToolbar({
  editor,
  labels = editorToolbarLabels,
  requestUrl = defaultRequestUrl,
}: EditorToolbarProps): ReactNode {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      editable: current.isEditable,
      heading1: current.isActive('heading', { level: 1 }),
      heading2: current.isActive('heading', { level: 2 }),
      heading3: current.isActive('heading', { level: 3 }),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      taskList: current.isActive('taskList'),
      link: current.isActive('link'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  })
  if (!state.editable) return null

  const toggles: Record<ToolName, () => boolean> = {
    heading1: () => editor.chain().focus().toggleHeading({ level: 1 }).run(),
    heading2: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    heading3: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
    bold: () => editor.chain().focus().toggleBold().run(),
    italic: () => editor.chain().focus().toggleItalic().run(),
    bulletList: () => editor.chain().focus().toggleBulletList().run(),
    orderedList: () => editor.chain().focus().toggleOrderedList().run(),
    taskList: () => editor.chain().focus().toggleTaskList().run(),
  }

  const askForUrl = async (kind: 'link' | 'image'): Promise<void> => {
    const answer = await requestUrl(kind === 'link' ? labels.linkPrompt : labels.imagePrompt)
    if (answer === null || !isSafeUrl(answer, kind)) return
    if (kind === 'link') editor.chain().focus().extendMarkRange('link').setLink({ href: answer.trim() }).run()
    else editor.chain().focus().setImage({ src: answer.trim() }).run()
  }

  const button = (
    name: string,
    label: string,
    onClick: () => unknown,
    pressed?: boolean,
    disabled?: boolean,
  ): ReactNode => (
    <button
      key={name}
      type="button"
      className="zhibu-toolbar__button"
      data-testid={`toolbar-${name}`}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => void onClick()}
    >
      {label}
    </button>
  )

  return (
    <div className="zhibu-toolbar" role="toolbar" data-testid="editor-toolbar">
      {(Object.keys(toggles) as ToolName[]).map((name) =>
        button(name, labels[name], toggles[name], state[name]),
      )}
      {button('table', labels.table, () =>
        editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      )}
      {button('link', labels.link, () => askForUrl('link'), state.link)}
      {button('image', labels.image, () => askForUrl('image'))}
      {button('undo', labels.undo, () => editor.chain().focus().undo().run(), undefined, !state.canUndo)}
      {button('redo', labels.redo, () => editor.chain().focus().redo().run(), undefined, !state.canRedo)}
    </div>
  )
}
