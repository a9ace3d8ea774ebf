import { getBuiltInScheme } from '../scheme/getBuiltInScheme'
import type { SchemeLookup } from './SchemeLookup'

/** The {@link SchemeLookup} over the built-in schemes (one version each). */
export const builtInSchemeLookup: SchemeLookup = (schemeId) => getBuiltInScheme(schemeId)
