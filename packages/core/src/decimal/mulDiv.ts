/**
 * Exact floor/ceil of `value * numerator / denominator` for non-negative integers, used for shares of a cohort
 * ("前10%") and for rescaling totals; BigInt keeps the product exact whatever its size.
 */
export function mulDiv(
  value: number,
  numerator: number,
  denominator: number,
  mode: 'floor' | 'ceil' | 'half-up',
): number {
  const product = BigInt(value) * BigInt(numerator)
  const divisor = BigInt(denominator)
  const quotient = product / divisor
  const remainder = product % divisor
  if (mode === 'floor' || remainder === 0n) return Number(quotient)
  if (mode === 'ceil') return Number(quotient + 1n)
  return Number(remainder * 2n >= divisor ? quotient + 1n : quotient)
}
