/**
 * A stable caret colour for a user (协作者颜色): the same user id always gets the same colour, on every
 * device, so people recognise each other's carets. The server stamps awareness with its own colour from
 * the same idea; this one is what the local client shows before the server's stamp arrives.
 * Colours are `#rrggbb` because CollaborationCaret ignores any other form.
 */
export function userColor(userId: string): string {
  let hash = 2166136261
  for (const character of userId) {
    hash ^= character.codePointAt(0) ?? 0
    hash = Math.imul(hash, 16777619)
  }
  // Hue from the hash; fixed saturation and lightness keep white label text readable.
  const hue = (hash >>> 0) % 360
  return hslToHex(hue, 0.65, 0.42)
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation
  const channel = (offset: number): string => {
    const k = (offset + hue / 30) % 12
    const value = lightness - (chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1))) / 2
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(0)}${channel(8)}${channel(4)}`
}
