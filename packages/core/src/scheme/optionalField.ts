/** `{ key: value }` when the value is defined, else `{}`: builds objects under exactOptionalPropertyTypes. */
export function optionalField<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}
