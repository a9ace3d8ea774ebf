/**
 * Something that may change what an open socket is allowed to do: a revoked session (登出/吊销),
 * or a change to a user's roles. Carried by {@link SessionEvents}.
 */
export type AccessEvent =
  { kind: 'session-revoked'; tokenHash: string } | { kind: 'user-access-changed'; userId: string }
