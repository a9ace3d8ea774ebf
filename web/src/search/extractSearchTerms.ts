const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })
const han = /\p{Script=Han}/u

/**
 * The search terms of a text with their counts: the words `Intl.Segmenter` finds (latin lowercased), plus each
 * pair of adjacent Han words joined. The segmenter splits words missing from its dictionary into single
 * characters (整改 → 整 / 改), so single characters alone would match any text containing them anywhere; the
 * pairs (整改) make a query match only where its words stand together. Queries go through the same function,
 * so the same text always yields the same terms on both sides.
 */
export function extractSearchTerms(text: string): Map<string, number> {
  const terms = new Map<string, number>()
  const add = (term: string): void => {
    terms.set(term, (terms.get(term) ?? 0) + 1)
  }
  let previousHan: string | null = null
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFKC'))) {
    if (isWordLike !== true) {
      previousHan = null
      continue
    }
    const word = segment.toLowerCase()
    add(word)
    const isHan = han.test(word)
    if (isHan && previousHan !== null) add(previousHan + word)
    previousHan = isHan ? word : null
  }
  return terms
}
