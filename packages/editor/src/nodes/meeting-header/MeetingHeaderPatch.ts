import type { MeetingHeader } from '@zhibu/core'

/** A change to some 会议表头 fields; undefined removes a field. */
export type MeetingHeaderPatch = { readonly [Key in keyof MeetingHeader]?: MeetingHeader[Key] | undefined }
