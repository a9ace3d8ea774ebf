/**
 * A small JSON client for a server's API by URL (spawned processes have no in-process handle). Throws with the
 * answer's body on any status it did not expect, so setup failures name their cause.
 */
export class ServerApi {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  static async login(url: string, username: string, password: string): Promise<ServerApi> {
    const api = new ServerApi(url)
    const { token } = await api.call<{ token: string }>('POST', '/api/auth/login', { username, password })
    return new ServerApi(url, token)
  }

  async call<T>(method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}${route}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token === undefined ? {} : { authorization: `Bearer ${this.token}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (response.status >= 300) throw new Error(`${method} ${route}: ${response.status} ${text}`)
    return (text === '' ? undefined : JSON.parse(text)) as T
  }

  /** A branch unit under nothing, for a run's documents. */
  async createBranch(name: string): Promise<string> {
    return (await this.call<{ id: string }>('POST', '/api/units', { name, kind: 'branch' })).id
  }

  /** A document from the first template the server offers. */
  async createDocument(unitId: string, title: string): Promise<string> {
    const { templates } = await this.call<{ templates: Array<{ id: string }> }>('GET', '/api/templates')
    const templateId = templates[0]?.id
    if (templateId === undefined) throw new Error('the server offers no template')
    return (await this.call<{ id: string }>('POST', '/api/docs', { unitId, templateId, title })).id
  }

  /** Creates `count` users with the editor role on `unitId` and returns their tokens. */
  async createEditors(unitId: string, count: number, prefix: string): Promise<string[]> {
    const tokens: string[] = []
    for (let index = 0; index < count; index++) {
      const username = `${prefix}${index}`
      const password = 'reliability-password'
      const { id } = await this.call<{ id: string }>('POST', '/api/users', {
        username,
        password,
        displayName: `编辑${index}`,
      })
      await this.call('PUT', `/api/units/${unitId}/roles/${id}`, { role: 'editor' })
      tokens.push((await ServerApi.login(this.url, username, password)).token!)
    }
    return tokens
  }
}
