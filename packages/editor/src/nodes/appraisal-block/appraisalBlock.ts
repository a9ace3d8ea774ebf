import { mergeAttributes, Node } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import {
  canEditContent,
  readAppraisalData,
  writeAppraisalDecision,
  writeAppraisalMember,
  writeSelfAssessment,
} from '@zhibu/core'
import type { AppraisalGrade } from '@zhibu/core'
import type { Editor } from '@tiptap/core'
import { contentDocOf } from '../shared/contentDocOf'
import { defaultNodeOptions } from '../shared/defaultNodeOptions'
import type { UnitMember } from '../shared/LivingTemplateContext'
import type { LivingTemplateNodeOptions } from '../shared/LivingTemplateNodeOptions'
import { AppraisalBlockView } from './AppraisalBlockView'

/** Options of {@link AppraisalBlock} (民主评议块): the web app's context, notably `getMembers` and `getAppraisalTally`. */
export type AppraisalBlockOptions = LivingTemplateNodeOptions

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    appraisalBlock: {
      /** Insert the 民主评议 block. */
      insertAppraisalBlock: () => ReturnType
      /** Add members to the appraisal list (those already listed are left as they are). */
      addAppraisalMembers: (members: readonly UnitMember[]) => ReturnType
      /** 组织评定: record (or with null withdraw) the committee's grade for a member. */
      setAppraisalDecision: (memberId: string, grade: AppraisalGrade | null) => ReturnType
      /** 个人自评 text of a member. */
      setSelfAssessment: (memberId: string, text: string) => ReturnType
    }
  }
}

function writableDoc(editor: Editor, options: AppraisalBlockOptions) {
  const doc = contentDocOf(editor)
  if (doc === null || !editor.isEditable) return null
  if (options.role !== undefined && !canEditContent(options.role)) return null
  return doc
}

/**
 * 民主评议块 — the member list (正式/预备 marked), 个人自评, 组织评定 per member, and the 优秀 quota
 * check, from the document's `appraisal` map. Ballots are secret: they never enter the shared
 * document; the committee sees tallies from an options-supplied provider (the API) only.
 */
export const AppraisalBlock = Node.create<AppraisalBlockOptions>({
  name: 'appraisalBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return defaultNodeOptions()
  },

  parseHTML() {
    return [{ tag: 'div[data-type="appraisal-block"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-type': 'appraisal-block' }),
    ]
  },

  addCommands() {
    return {
      insertAppraisalBlock:
        () =>
        ({ commands }) =>
          commands.insertContent({ type: this.name }),
      addAppraisalMembers:
        (members) =>
        ({ editor, dispatch }) => {
          const doc = writableDoc(editor, this.options)
          if (doc === null) return false
          if (dispatch === undefined) return true
          const listed = new Set(readAppraisalData(doc).data.members.map((member) => member.id))
          doc.transact(() => {
            let position = listed.size
            for (const member of members) {
              if (listed.has(member.id)) continue
              position += 1
              writeAppraisalMember(
                doc,
                { id: member.id, name: member.name, status: member.status ?? 'full' },
                position,
              )
            }
          })
          return true
        },
      setAppraisalDecision:
        (memberId, grade) =>
        ({ editor, dispatch }) => {
          const doc = writableDoc(editor, this.options)
          if (doc === null) return false
          if (dispatch !== undefined) writeAppraisalDecision(doc, memberId, grade)
          return true
        },
      setSelfAssessment:
        (memberId, text) =>
        ({ editor, dispatch }) => {
          const doc = writableDoc(editor, this.options)
          if (doc === null) return false
          if (dispatch !== undefined) writeSelfAssessment(doc, memberId, text)
          return true
        },
    }
  },

  addNodeView() {
    return ReactNodeViewRenderer(AppraisalBlockView)
  },
})
