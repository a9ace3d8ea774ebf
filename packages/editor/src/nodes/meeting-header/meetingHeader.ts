import { mergeAttributes, Node } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { canEditContent, writeMeetingHeader } from '@zhibu/core'
import { contentDocOf } from '../shared/contentDocOf'
import { defaultNodeOptions } from '../shared/defaultNodeOptions'
import type { LivingTemplateNodeOptions } from '../shared/LivingTemplateNodeOptions'
import type { MeetingHeaderPatch } from './MeetingHeaderPatch'
import { MeetingHeaderView } from './MeetingHeaderView'

/** Options of {@link MeetingHeaderBlock} (会议记录表头): the web app's context, notably `onCreateTask`. */
export type MeetingHeaderOptions = LivingTemplateNodeOptions

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    meetingHeader: {
      /** Insert the 三会一课 header block. */
      insertMeetingHeader: () => ReturnType
      /** Set header fields in the content room's `meeting` map. */
      updateMeetingHeader: (patch: MeetingHeaderPatch) => ReturnType
    }
  }
}

/**
 * 会议记录表头 — 三会一课 minutes header: type, number, time, place, host, recorder, attendance with
 * reasons, 列席, votes and resolutions, with quorum and vote validity computed live by core. The data is
 * the document's `meeting` map (one per document), so the node has no attributes to lose on paste or undo.
 */
export const MeetingHeaderBlock = Node.create<MeetingHeaderOptions>({
  name: 'meetingHeader',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return defaultNodeOptions()
  },

  parseHTML() {
    return [{ tag: 'div[data-type="meeting-header"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-type': 'meeting-header' }),
    ]
  },

  addCommands() {
    return {
      insertMeetingHeader:
        () =>
        ({ commands }) =>
          commands.insertContent({ type: this.name }),
      updateMeetingHeader:
        (patch) =>
        ({ editor, dispatch }) => {
          const doc = contentDocOf(editor)
          const role = this.options.role
          if (doc === null || !editor.isEditable || (role !== undefined && !canEditContent(role)))
            return false
          if (dispatch !== undefined) writeMeetingHeader(doc, patch)
          return true
        },
    }
  },

  addNodeView() {
    return ReactNodeViewRenderer(MeetingHeaderView)
  },
})
