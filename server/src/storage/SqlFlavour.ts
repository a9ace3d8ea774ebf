/** Which SQL engine a migration or query runs on; the few type names that differ hang off it. */
export type SqlFlavour = 'sqlite' | 'postgres'
