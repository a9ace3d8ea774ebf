/**
 * A small valid scheme as raw JSON (one module, one group), for tests and worked examples: pass the items
 * and, optionally, fields to override at the top level. Pass/fail at 90, no rounding, unless overridden.
 */
export function miniScheme(
  items: readonly unknown[],
  overrides: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  return {
    format: 'zhibu-scheme/1',
    id: 'mini',
    version: '1',
    title: 'mini scheme',
    source: { kind: 'example', label: 'test fixture' },
    notApplicable: 'exclude-rescale',
    modules: [{ id: 'm', title: 'module', groups: [{ id: 'g', title: 'group', items }] }],
    grading: {
      rounding: { mode: 'none', decimals: 3 },
      bands: [
        { id: 'fail', label: '不通过', to: { points: 90, inclusive: false }, passing: false },
        { id: 'pass', label: '通过', from: { points: 90, inclusive: true }, passing: true },
      ],
    },
    ...overrides,
  }
}
