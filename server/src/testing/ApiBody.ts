/**
 * The JSON answers tests read from the API, as one loose shape: each test reads the fields of the answer it
 * asked for, and assertions on status and `toMatchObject` catch a wrong shape.
 */
export interface ApiBody {
  error: { code: string; message: string }
  id: string
  token: string
  needed: boolean
  user: { id: string; username: string; isAdmin: boolean; passwordHash?: unknown }
  documents: Array<{ id: string; unitId: string; role?: string }>
  units: Array<{ id: string; role?: string }>
  members: Array<{ username: string; role: string }>
  entries: Array<{ action: string; ip: string | null }>
  templates: Array<{ id: string }>
}
