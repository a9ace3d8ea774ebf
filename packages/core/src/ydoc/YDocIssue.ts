/** A coded problem found while reading shared Y.Doc data written by any collaborator. */
export interface YDocIssue {
  readonly code: 'YDOC_FIELD_MISSING' | 'YDOC_FIELD_INVALID' | 'YDOC_ROW_INVALID'
  /** Dotted path from the root map, e.g. `ledger.rectification.rows.r1.deadline`. */
  readonly path: string
  readonly message: string
}
