import { hash } from '@node-rs/argon2'

/**
 * argon2id (the library's default algorithm, OWASP parameters: 19 MiB, 2 passes) in PHC string form.
 * The algorithm is not passed explicitly because it is an ambient const enum, which isolatedModules forbids;
 * the test checks the `$argon2id$` prefix so a changed default cannot slip through.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 })
}
