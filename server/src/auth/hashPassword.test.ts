import { describe, expect, it } from 'vitest'
import { hashPassword } from './hashPassword'
import { verifyPassword } from './verifyPassword'

describe('password hashing', () => {
  it('produces salted argon2id PHC strings that verify only the right password', async () => {
    const first = await hashPassword('zhibu2026')
    const second = await hashPassword('zhibu2026')
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(first).not.toBe(second)
    expect(await verifyPassword(first, 'zhibu2026')).toBe(true)
    expect(await verifyPassword(first, 'zhibu2025')).toBe(false)
    expect(await verifyPassword(undefined, 'zhibu2026')).toBe(false)
    expect(await verifyPassword('not a hash', 'zhibu2026')).toBe(false)
  })
})
