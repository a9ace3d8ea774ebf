/** A request the fake fetch received. */
export interface FakeRequest {
  method: string
  url: string
  body: unknown
}

/** What a route answers: a JSON body with 200, or `{ status, body }`. */
export type FakeAnswer = unknown

function isStatusAnswer(answer: unknown): answer is { status: number; body?: unknown } {
  return (
    typeof answer === 'object' &&
    answer !== null &&
    typeof (answer as { status?: unknown }).status === 'number'
  )
}

/**
 * A fetch that answers from `routes` keyed `"<METHOD> <path?query>"` (a function gets the request), records
 * every request in `requests`, and rejects like a dropped network when `offline()` says so or no route matches.
 */
export function fakeJsonFetch(
  routes: Record<string, FakeAnswer>,
  offline: () => boolean = () => false,
): { fetch: typeof fetch; requests: FakeRequest[] } {
  const requests: FakeRequest[] = []
  const fetchImpl: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const method = init?.method ?? 'GET'
    const sent: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
    const request = { method, url, body: sent }
    requests.push(request)
    const route = routes[`${method} ${url}`]
    if (offline() || route === undefined) return Promise.reject(new TypeError('Failed to fetch'))
    const answer =
      typeof route === 'function' ? (route as (request: FakeRequest) => FakeAnswer)(request) : route
    const { status, body } = isStatusAnswer(answer) ? answer : { status: 200, body: answer }
    return Promise.resolve(
      status === 204 || body === undefined
        ? new Response(null, { status })
        : new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    )
  }
  return { fetch: fetchImpl, requests }
}
