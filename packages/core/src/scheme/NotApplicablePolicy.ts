/**
 * 不适用处理 — what an item answered "not applicable" counts as, declared once per scheme.
 * - `exclude-rescale`: left out of earned and full points; the scored total is rescaled to the scheme's full points;
 * - `award-full`: counts as full marks;
 * - `award-zero`: counts as zero;
 * - `forbid`: answering not-applicable is an error.
 */
export type NotApplicablePolicy = 'exclude-rescale' | 'award-full' | 'award-zero' | 'forbid'
