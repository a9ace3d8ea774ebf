import { FieldReader } from './FieldReader'
import type { GradeBand } from './GradeBand'
import type { GradeBound } from './GradeBound'
import type { Grading } from './Grading'
import type { ProblemList } from './ProblemList'
import { optionalField } from './optionalField'

type Path = readonly (string | number)[]

function readBound(reader: FieldReader, key: string): GradeBound | undefined {
  if (!reader.has(key)) return undefined
  const bound = reader.child(key)
  if (bound === undefined) return undefined
  bound.allowOnly(['points', 'inclusive'])
  const points = bound.points('points')
  const inclusive = bound.boolean('inclusive')
  return points === undefined || inclusive === undefined ? undefined : { points, inclusive }
}

function readBand(input: unknown, path: Path, list: ProblemList): GradeBand | undefined {
  if (!FieldReader.isRecord(input)) {
    list.error('scheme.not-object', path, 'a grade band must be an object')
    return undefined
  }
  const reader = new FieldReader(input, path, list, 'scheme')
  reader.allowOnly(['id', 'label', 'from', 'to', 'passing', 'requires'])
  const id = reader.string('id')
  const label = reader.string('label')
  const from = readBound(reader, 'from')
  const to = readBound(reader, 'to')
  const passing = reader.boolean('passing')
  const requires = reader.array(
    'requires',
    (element, elementPath) => {
      if (typeof element === 'string') return element
      list.error('scheme.wrong-type', elementPath, 'a required flag must be an item id')
      return undefined
    },
    { optional: true },
  )
  if (id === undefined || label === undefined || passing === undefined) return undefined
  return {
    id,
    label,
    passing,
    ...optionalField('from', from),
    ...optionalField('to', to),
    ...(requires.length > 0 ? { requires } : {}),
  }
}

/** Compares where two bounds sit on the score line; an exclusive lower bound sits just above its points. */
function lowerKey(band: GradeBand): number {
  return band.from === undefined
    ? Number.NEGATIVE_INFINITY
    : band.from.points * 2 + (band.from.inclusive ? 0 : 1)
}

/**
 * Checks that the bands tile the score line from 0 upwards with no gap and no overlap:
 * where one band ends and the next begins, exactly one of the two bounds must be inclusive.
 */
function checkTiling(bands: readonly GradeBand[], path: Path, list: ProblemList): void {
  bands.forEach((band, index) => {
    if (band.from !== undefined && band.to !== undefined) {
      const empty =
        band.from.points > band.to.points ||
        (band.from.points === band.to.points && !(band.from.inclusive && band.to.inclusive))
      if (empty) list.error('scheme.bad-band', [...path, index], `band "${band.id}" contains no score`)
    }
  })
  const order = bands
    .map((band, index) => ({ band, index }))
    .sort((left, right) => lowerKey(left.band) - lowerKey(right.band))
  const lowest = order[0]
  if (lowest === undefined) return
  const lowestFrom = lowest.band.from
  if (
    lowestFrom !== undefined &&
    (lowestFrom.points > 0 || (lowestFrom.points === 0 && !lowestFrom.inclusive))
  ) {
    list.error('scheme.bands-gap', [...path, lowest.index, 'from'], 'no band covers a total of 0')
  }
  for (let position = 1; position < order.length; position += 1) {
    const below = order[position - 1]
    const above = order[position]
    if (below === undefined || above === undefined) continue
    const end = below.band.to
    const start = above.band.from
    if (end === undefined || start === undefined) {
      list.error(
        'scheme.bands-overlap',
        [...path, above.index],
        `bands "${below.band.id}" and "${above.band.id}" overlap (one is unbounded)`,
      )
      continue
    }
    if (end.points < start.points || (end.points === start.points && !end.inclusive && !start.inclusive)) {
      list.error(
        'scheme.bands-gap',
        [...path, above.index, 'from'],
        `totals between "${below.band.id}" and "${above.band.id}" (${end.points}–${start.points}) have no band`,
      )
    } else if (end.points > start.points || (end.inclusive && start.inclusive)) {
      list.error(
        'scheme.bands-overlap',
        [...path, above.index, 'from'],
        `bands "${below.band.id}" and "${above.band.id}" overlap at ${start.points}`,
      )
    }
  }
  const highest = order[order.length - 1]
  if (highest !== undefined && highest.band.to !== undefined) {
    list.error(
      'scheme.bands-gap',
      [...path, highest.index, 'to'],
      `no band covers totals above ${highest.band.to.points}`,
    )
  }
}

/** Reads the grading section (定级规则): rounding and bands that tile the score line. */
export function readGrading(reader: FieldReader): Grading | undefined {
  const grading = reader.child('grading')
  if (grading === undefined) return undefined
  grading.allowOnly(['rounding', 'bands', 'vetoGrade'])
  const rounding = grading.child('rounding')
  rounding?.allowOnly(['mode', 'decimals'])
  const mode = rounding?.oneOf('mode', ['none', 'half-up', 'floor', 'ceil'] as const)
  const decimals = rounding?.record['decimals']
  if (
    rounding !== undefined &&
    (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 3)
  ) {
    reader.list.error(
      'scheme.bad-rounding',
      [...rounding.path, 'decimals'],
      '"decimals" must be 0, 1, 2 or 3',
    )
  }
  const bands = grading.array('bands', (element, elementPath) => readBand(element, elementPath, reader.list))
  if (bands.length === 0)
    reader.list.error('scheme.no-bands', [...grading.path, 'bands'], 'a scheme needs at least one grade band')
  checkTiling(bands, [...grading.path, 'bands'], reader.list)
  const vetoGrade = grading.optionalString('vetoGrade')
  if (mode === undefined || typeof decimals !== 'number') return undefined
  return { rounding: { mode, decimals }, bands, ...optionalField('vetoGrade', vetoGrade) }
}
