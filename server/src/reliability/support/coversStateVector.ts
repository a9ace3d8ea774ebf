/** True when `covering` has seen at least every clock of `covered` (what a state-vector acknowledgement means). */
export function coversStateVector(covering: Map<number, number>, covered: Map<number, number>): boolean {
  for (const [client, clock] of covered) if ((covering.get(client) ?? 0) < clock) return false
  return true
}
