import { createHash } from 'node:crypto'

/** A stable, readable cursor colour derived from the user id, so a user cannot pick someone else's colour. */
export function userColor(userId: string): string {
  const digest = createHash('sha256').update(userId).digest()
  const hue = digest.readUInt16BE(0) % 360
  return hslToHex(hue, 0.65, 0.45)
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const amplitude = saturation * Math.min(lightness, 1 - lightness)
  const channel = (shift: number): string => {
    const position = (shift + hue / 30) % 12
    const value = lightness - amplitude * Math.max(-1, Math.min(position - 3, 9 - position, 1))
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(0)}${channel(8)}${channel(4)}`
}
