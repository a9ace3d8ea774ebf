import type { DemoAccount } from '../../fixtures/demoAccounts'

/** Calls the server's JSON API and fails the test with the server's error on anything but 2xx. */
export async function api<T>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const headers: Record<string, string> = {}
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (token !== undefined) headers['authorization'] = `Bearer ${token}`
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`)
  return (text === '' ? undefined : JSON.parse(text)) as T
}

/** Signs in through the API and returns the session token. */
export async function login(baseUrl: string, account: DemoAccount): Promise<string> {
  const session = await api<{ token: string }>(baseUrl, 'POST', '/api/auth/login', {
    username: account.username,
    password: account.password,
  })
  return session.token
}
