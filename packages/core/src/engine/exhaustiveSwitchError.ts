/** Marks a switch that must cover every case; reaching it means a kind was added without handling it. */
export function exhaustiveSwitchError(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`)
}
