/** What {@link upgradeDocument} did: `applied` is false when the document was already at the target version. */
export interface UpgradeOutcome {
  readonly applied: boolean
  readonly templateVersion: number
  /** How many answers moved to `archivedAnswers`. */
  readonly archived: number
}
