/**
 * Whether a URL typed for a link or image (链接/图片地址) is one we are willing to store: http(s) for
 * both, mailto for links. Anything else (`javascript:`, `data:`, relative paths) is refused because a
 * collaborator's URL ends up in every other member's editor.
 */
export function isSafeUrl(url: string, kind: 'link' | 'image'): boolean {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return false
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return true
  return kind === 'link' && parsed.protocol === 'mailto:'
}
