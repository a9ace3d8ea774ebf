/**
 * [S252] fullMillis × Σ(weightᵢ × rateᵢ) / weightBasis, rounded half-up to whole thousandths, from the exact rates
 * (BigInt over a common denominator), so rounding happens once and the total never exceeds the full points.
 */
export function weightedTotalMillis(
  fullMillis: number,
  parts: readonly { readonly weight: number; readonly numerator: number; readonly denominator: number }[],
  weightBasis: number,
): number {
  if (weightBasis <= 0) return 0
  let numerator = 0n
  let denominator = 1n
  for (const part of parts) {
    const partDenominator = BigInt(part.denominator)
    numerator = numerator * partDenominator + BigInt(part.weight) * BigInt(part.numerator) * denominator
    denominator *= partDenominator
  }
  const product = BigInt(fullMillis) * numerator
  const divisor = denominator * BigInt(weightBasis)
  const quotient = product / divisor
  return Number((product % divisor) * 2n >= divisor ? quotient + 1n : quotient)
}
