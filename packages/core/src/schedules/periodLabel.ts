/** [S263] The Chinese name of a period key: 2026-03 → 2026年3月, 2026-Q1 → 2026年第1季度, 2026-H2 → 2026年下半年. */
export function periodLabel(key: string): string {
  const year = key.slice(0, 4)
  const rest = key.slice(5)
  if (rest === '') return `${year}年`
  if (rest.startsWith('Q')) return `${year}年第${rest.slice(1)}季度`
  if (rest === 'H1') return `${year}年上半年`
  if (rest === 'H2') return `${year}年下半年`
  return `${year}年${Number(rest)}月`
}
