import { verify } from '@node-rs/argon2'
import { hashPassword } from './hashPassword'

// Verifying against a real hash when the user does not exist keeps the response time from revealing which usernames exist.
let decoyHash: Promise<string> | undefined

/** Checks a password against a stored PHC hash (or a decoy when there is no user); never throws on a corrupt hash. */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  decoyHash ??= hashPassword('decoy password that matches nothing')
  try {
    const matches = await verify(storedHash ?? (await decoyHash), password)
    return storedHash !== undefined && matches
  } catch {
    return false
  }
}
