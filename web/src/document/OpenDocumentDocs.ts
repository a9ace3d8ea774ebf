import type * as Y from 'yjs'

/** 打开文档的协同数据: the open document's two rooms, handed to the review panel for the live score. */
export interface OpenDocumentDocs {
  doc: Y.Doc
  reviewDoc: Y.Doc
}
