import type { Scheme } from './Scheme'
import { builtInSchemes } from './builtInSchemes'

/** Finds a built-in scheme by id; undefined when there is none. */
export function getBuiltInScheme(id: string): Scheme | undefined {
  return builtInSchemes.find((scheme) => scheme.id === id)
}
