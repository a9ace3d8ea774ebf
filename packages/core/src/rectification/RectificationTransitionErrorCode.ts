/** Stable codes for a refused rectification transition (the server maps them to HTTP 403/409). */
export type RectificationTransitionErrorCode =
  | 'RECTIFICATION_TRANSITION_UNKNOWN'
  | 'RECTIFICATION_ROLE_FORBIDDEN'
  | 'RECTIFICATION_NOT_OWN_ITEM'
  | 'RECTIFICATION_REASON_REQUIRED'
