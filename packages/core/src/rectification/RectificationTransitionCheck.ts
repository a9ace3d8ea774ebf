import type { RectificationTransitionErrorCode } from './RectificationTransitionErrorCode'
import type { RectificationTransitionRule } from './RectificationTransitionRule'

/** Outcome of checking a transition: the matching rule, or a coded refusal with a Chinese message. */
export type RectificationTransitionCheck =
  | { readonly ok: true; readonly value: RectificationTransitionRule }
  | {
      readonly ok: false
      readonly error: { readonly code: RectificationTransitionErrorCode; readonly message: string }
    }
