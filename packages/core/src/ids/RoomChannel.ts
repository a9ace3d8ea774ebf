/** 同步通道: `content` is the document itself, `review` the server-written review room. */
export type RoomChannel = 'content' | 'review'
