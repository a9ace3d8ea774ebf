import type { GradeBand } from '../scheme/GradeBand'

/** Whether a total (thousandths) lies in the band, honouring each bound's inclusiveness. */
export function bandContains(band: GradeBand, totalMillis: number): boolean {
  const fromOk =
    band.from === undefined ||
    (band.from.inclusive
      ? totalMillis >= Math.round(band.from.points * 1000)
      : totalMillis > Math.round(band.from.points * 1000))
  const toOk =
    band.to === undefined ||
    (band.to.inclusive
      ? totalMillis <= Math.round(band.to.points * 1000)
      : totalMillis < Math.round(band.to.points * 1000))
  return fromOk && toOk
}
