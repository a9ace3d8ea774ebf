import type { RectificationKind } from './RectificationKind'

/** Every rectification kind. */
export const rectificationKinds: readonly RectificationKind[] = ['immediate', 'deadline', 'longTerm']
