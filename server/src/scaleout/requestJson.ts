import type { ApiBody } from '../testing/ApiBody'

/** A JSON API call to a spawned node; 204 answers as an empty body. */
export async function requestJson(
  url: string,
  method: string,
  body?: unknown,
  token?: string,
): Promise<ApiBody> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (response.status === 204) return {} as ApiBody
  return (await response.json()) as ApiBody
}
