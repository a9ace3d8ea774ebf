import type { Role } from '@zhibu/core'

/** Who is behind a sync socket, fixed at connect time and re-checked while it is open. */
export interface ConnectionIdentity {
  userId: string
  userName: string
  tokenHash: string
  role: Role
  docId: string
  unitId: string
  /** Editors and admins on the content room; nobody on the review room (the server writes it). */
  writable: boolean
  /** The client connected with `?ack=1` and understands message type 100. */
  wantsAck: boolean
  ip: string
}
