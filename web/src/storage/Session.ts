/** 登录会话: the bearer token and the signed-in user, kept locally so a reload offline stays signed in. */
export interface Session {
  token: string
  user: { id: string; name: string; username?: string }
}
