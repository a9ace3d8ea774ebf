/** A refused block edit, with a stable `code` and a Chinese message the view can show as is. */
export interface BlockError {
  readonly code:
    | 'BLOCK_MODULE_NOT_FOUND'
    | 'BLOCK_GROUP_NOT_FOUND'
    | 'BLOCK_FIELD_NOT_ALLOWED'
    | 'BLOCK_UNKNOWN_RULE'
    | 'BLOCK_BAD_HIT'
    | 'BLOCK_NOT_APPLICABLE_FORBIDDEN'
    | 'BLOCK_ROW_NOT_FOUND'
    | 'BLOCK_ROW_INVALID'
    | 'BLOCK_ALREADY_SPAWNED'
    | 'BLOCK_TRANSITION_REFUSED'
  readonly message: string
}
