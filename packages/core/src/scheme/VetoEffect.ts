/**
 * 否决效果 — what a triggered veto item does to the grade.
 * - `fail`: 一票否决, the form fails whatever the total (grade = the scheme's veto grade);
 * - `cap`: 不能列为X, the grade is at most band `grade`;
 * - `set`: 定为X, the grade is band `grade`.
 */
export type VetoEffect =
  | { readonly kind: 'fail' }
  | { readonly kind: 'cap'; readonly grade: string }
  | { readonly kind: 'set'; readonly grade: string }
