import type { AnyExtension } from '@tiptap/core'
import type { Role } from '@zhibu/core'
import { configureLivingTemplateNodes, documentExtensions } from '@zhibu/editor'
import type {
  AwarenessProvider,
  CollaborationUser,
  LivingTemplateContext,
  TransitionRequest,
  UnitMember,
} from '@zhibu/editor'
import type * as Y from 'yjs'

/** What the document page knows that its editor's extensions need. */
export interface DocumentPageExtensionsOptions {
  ydoc: Y.Doc
  /** the `<docId>:review` room's Y.Doc: inspector answers and the rectification log */
  reviewDoc: Y.Doc | null
  provider: AwarenessProvider | null
  user: CollaborationUser
  placeholder?: string
  role?: Role
  getMembers?: () => readonly UnitMember[]
  onRequestTransition?: (request: TransitionRequest) => Promise<void>
  /** the API-backed services of the blocks: own ballot, committee tally, evidence files */
  blockServices?: DocumentBlockServices
}

/** What the document page gives the blocks beyond the documents: services that talk to the API. */
export type DocumentBlockServices = Pick<LivingTemplateContext, 'ballot' | 'evidence' | 'getAppraisalTally'>

/**
 * 文档页扩展: the base document extensions plus the living-template blocks (checklists, score summary,
 * meeting header, ledgers, appraisal), so template documents render as blocks rather than preserved placeholders.
 */
export function documentPageExtensions(options: DocumentPageExtensionsOptions): AnyExtension[] {
  const { reviewDoc } = options
  return documentExtensions({
    ydoc: options.ydoc,
    provider: options.provider,
    user: options.user,
    ...(options.placeholder === undefined ? {} : { placeholder: options.placeholder }),
    extra: configureLivingTemplateNodes({
      getReviewDoc: () => reviewDoc,
      now: () => new Date(),
      ...(options.role === undefined ? {} : { role: options.role }),
      ...(options.getMembers === undefined ? {} : { getMembers: options.getMembers }),
      ...(options.onRequestTransition === undefined
        ? {}
        : { onRequestTransition: options.onRequestTransition }),
      ...options.blockServices,
    }),
  })
}
