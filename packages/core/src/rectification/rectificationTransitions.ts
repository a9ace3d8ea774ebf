import type { RectificationTransitionRule } from './RectificationTransitionRule'

/**
 * [S140] The allowed rectification transitions. The branch (editor) drives its own items forward
 * and submits them; the supervisor accepts (verified), closes (销号) or sends back (reopened).
 * open → submitted is allowed because 立行立改 items are fixed on the spot.
 */
export const rectificationTransitions: readonly RectificationTransitionRule[] = [
  { from: 'open', to: 'in_progress', roles: ['editor'], ownItemOnly: true, reasonRequired: false },
  { from: 'open', to: 'submitted', roles: ['editor'], ownItemOnly: true, reasonRequired: false },
  { from: 'in_progress', to: 'submitted', roles: ['editor'], ownItemOnly: true, reasonRequired: false },
  { from: 'reopened', to: 'in_progress', roles: ['editor'], ownItemOnly: true, reasonRequired: false },
  { from: 'reopened', to: 'submitted', roles: ['editor'], ownItemOnly: true, reasonRequired: false },
  { from: 'submitted', to: 'verified', roles: ['supervisor'], ownItemOnly: false, reasonRequired: false },
  { from: 'submitted', to: 'closed', roles: ['supervisor'], ownItemOnly: false, reasonRequired: false },
  { from: 'verified', to: 'closed', roles: ['supervisor'], ownItemOnly: false, reasonRequired: false },
  { from: 'submitted', to: 'reopened', roles: ['supervisor'], ownItemOnly: false, reasonRequired: true },
  { from: 'verified', to: 'reopened', roles: ['supervisor'], ownItemOnly: false, reasonRequired: true },
  { from: 'closed', to: 'reopened', roles: ['supervisor'], ownItemOnly: false, reasonRequired: true },
]
