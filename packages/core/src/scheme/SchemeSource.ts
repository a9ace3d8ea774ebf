/** 来源 — where a scheme comes from, so published rules are never confused with invented ones. */
export interface SchemeSource {
  /** `published`: transcribed from a real table; `example`: written by us; `mixed`: published structure with example items. */
  readonly kind: 'published' | 'example' | 'mixed'
  /** human-readable citation (document name, issuing body). */
  readonly label: string
  readonly url?: string
  /** what was transcribed, what was left out, and which readings are our inference. */
  readonly note?: string
}
