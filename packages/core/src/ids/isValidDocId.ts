const docIdPattern = /^[A-Za-z0-9_-]{8,64}$/

/** [S100] A document id is 8–64 characters of `A-Z a-z 0-9 _ -`, safe in URLs and room names. */
export function isValidDocId(id: unknown): boolean {
  return typeof id === 'string' && docIdPattern.test(id)
}
