import { FieldReader } from './FieldReader'
import { ProblemList } from './ProblemList'
import type { Checked } from './Checked'
import type { Scheme } from './Scheme'
import { schemeFormat } from './Scheme'
import type { SchemeGroup } from './SchemeGroup'
import type { SchemeModule } from './SchemeModule'
import type { SchemeSource } from './SchemeSource'
import { itemFullMillis } from './itemFullMillis'
import { optionalField } from './optionalField'
import { readCohortRule } from './readCohortRule'
import { readGrading } from './readGrading'
import { readSchemeItem } from './readSchemeItem'

type Path = readonly (string | number)[]

const toMillis = (points: number) => Math.round(points * 1000)

function readSource(reader: FieldReader): SchemeSource | undefined {
  const source = reader.child('source')
  if (source === undefined) return undefined
  source.allowOnly(['kind', 'label', 'url', 'note'])
  const kind = source.oneOf('kind', ['published', 'example', 'mixed'] as const)
  const label = source.string('label')
  const url = source.optionalString('url')
  const note = source.optionalString('note')
  if (kind === undefined || label === undefined) return undefined
  return { kind, label, ...optionalField('url', url), ...optionalField('note', note) }
}

function readGroup(input: unknown, path: Path, list: ProblemList): SchemeGroup | undefined {
  if (!FieldReader.isRecord(input)) {
    list.error('scheme.not-object', path, 'a group must be an object')
    return undefined
  }
  const reader = new FieldReader(input, path, list, 'scheme')
  reader.allowOnly(['id', 'title', 'description', 'declaredPoints', 'items'])
  const id = reader.string('id')
  const title = reader.string('title')
  const description = reader.optionalString('description')
  const declaredPoints = reader.optionalPoints('declaredPoints')
  const items = reader.array('items', (element, elementPath) => readSchemeItem(element, elementPath, list))
  if (id === undefined || title === undefined) return undefined
  const group = {
    id,
    title,
    items,
    ...optionalField('description', description),
    ...optionalField('declaredPoints', declaredPoints),
  }
  checkDeclared(
    group.declaredPoints,
    items.reduce((sum, item) => sum + itemFullMillis(item), 0),
    [...path, 'declaredPoints'],
    list,
  )
  return group
}

function readModule(input: unknown, path: Path, list: ProblemList): SchemeModule | undefined {
  if (!FieldReader.isRecord(input)) {
    list.error('scheme.not-object', path, 'a module must be an object')
    return undefined
  }
  const reader = new FieldReader(input, path, list, 'scheme')
  reader.allowOnly(['id', 'title', 'description', 'declaredPoints', 'groups'])
  const id = reader.string('id')
  const title = reader.string('title')
  const description = reader.optionalString('description')
  const declaredPoints = reader.optionalPoints('declaredPoints')
  const groups = reader.array('groups', (element, elementPath) => readGroup(element, elementPath, list))
  if (id === undefined || title === undefined) return undefined
  const full = groups.reduce(
    (sum, group) => sum + group.items.reduce((inner, item) => inner + itemFullMillis(item), 0),
    0,
  )
  checkDeclared(declaredPoints, full, [...path, 'declaredPoints'], list)
  return {
    id,
    title,
    groups,
    ...optionalField('description', description),
    ...optionalField('declaredPoints', declaredPoints),
  }
}

/** Published tables sometimes print subtotals their rows do not add up to: warn, and score by the rows. */
function checkDeclared(
  declared: number | undefined,
  fullMillis: number,
  path: Path,
  list: ProblemList,
): void {
  if (declared !== undefined && toMillis(declared) !== fullMillis) {
    list.warn(
      'scheme.declared-subtotal-mismatch',
      path,
      `declared ${declared} points but the items add up to ${fullMillis / 1000}; scoring uses the items`,
    )
  }
}

/** Checks what only the whole scheme can tell: unique ids and references between items, bands and cohort rules. */
function checkReferences(scheme: Scheme, list: ProblemList): void {
  const seen = new Map<string, string>()
  const flags = new Set<string>()
  const claim = (id: string, what: string, path: Path) => {
    const previous = seen.get(id)
    if (previous !== undefined)
      list.error('scheme.duplicate-id', path, `id "${id}" of this ${what} is already used by a ${previous}`)
    seen.set(id, what)
  }
  scheme.modules.forEach((module, moduleIndex) => {
    claim(module.id, 'module', ['modules', moduleIndex, 'id'])
    module.groups.forEach((group, groupIndex) => {
      claim(group.id, 'group', ['modules', moduleIndex, 'groups', groupIndex, 'id'])
      group.items.forEach((item, itemIndex) => {
        const itemPath = ['modules', moduleIndex, 'groups', groupIndex, 'items', itemIndex]
        claim(item.id, 'item', [...itemPath, 'id'])
        if (item.kind === 'flag') flags.add(item.id)
        if (item.kind === 'veto' && item.effect.kind !== 'fail') {
          const grade = item.effect.grade
          if (!scheme.grading.bands.some((band) => band.id === grade)) {
            list.error('scheme.unknown-grade', [...itemPath, 'effect', 'grade'], `no grade band "${grade}"`)
          }
        }
      })
    })
  })
  const bandIds = new Set<string>()
  scheme.grading.bands.forEach((band, bandIndex) => {
    if (bandIds.has(band.id))
      list.error(
        'scheme.duplicate-id',
        ['grading', 'bands', bandIndex, 'id'],
        `band id "${band.id}" is used twice`,
      )
    bandIds.add(band.id)
    band.requires?.forEach((flagId, flagIndex) => {
      if (!flags.has(flagId)) {
        list.error(
          'scheme.unknown-flag',
          ['grading', 'bands', bandIndex, 'requires', flagIndex],
          `"${flagId}" is not a flag item`,
        )
      }
    })
  })
  if (scheme.grading.vetoGrade !== undefined && !bandIds.has(scheme.grading.vetoGrade)) {
    list.error(
      'scheme.unknown-grade',
      ['grading', 'vetoGrade'],
      `no grade band "${scheme.grading.vetoGrade}"`,
    )
  }
  const cohortGrades = new Set(bandIds)
  scheme.cohort?.forEach((rule, ruleIndex) => {
    if (rule.kind === 'topShare') {
      cohortGrades.add(rule.grade)
      if (rule.otherwise !== undefined) cohortGrades.add(rule.otherwise)
      return
    }
    if (!cohortGrades.has(rule.grade))
      list.error(
        'scheme.unknown-grade',
        ['cohort', ruleIndex, 'grade'],
        `no grade "${rule.grade}" to ${rule.kind}`,
      )
    if (rule.kind === 'cap' && !cohortGrades.has(rule.demoteTo)) {
      list.error(
        'scheme.unknown-grade',
        ['cohort', ruleIndex, 'demoteTo'],
        `no grade "${rule.demoteTo}" to demote to`,
      )
    }
  })
}

/**
 * Checks untrusted JSON against the scheme format (docs/scheme-format.md) and returns the normalised scheme
 * (decimal strings read as numbers) with its warnings, or every problem found. Never throws on bad input.
 */
export function validateScheme(input: unknown): Checked<Scheme> {
  const list = new ProblemList()
  if (!FieldReader.isRecord(input)) {
    list.error('scheme.not-object', [], 'a scheme must be a JSON object')
    return { ok: false, problems: list.problems }
  }
  const reader = new FieldReader(input, [], list, 'scheme')
  reader.allowOnly([
    '$schema',
    'format',
    'id',
    'version',
    'title',
    'source',
    'declaredTotal',
    'notApplicable',
    'bonusCap',
    'modules',
    'grading',
    'cohort',
  ])
  if (input['format'] !== schemeFormat) {
    list.error('scheme.bad-format', ['format'], `"format" must be "${schemeFormat}"`)
  }
  const id = reader.string('id')
  const version = reader.string('version')
  const title = reader.string('title')
  const source = readSource(reader)
  const declaredTotal = reader.optionalPoints('declaredTotal')
  const notApplicable = reader.oneOf('notApplicable', [
    'exclude-rescale',
    'award-full',
    'award-zero',
    'forbid',
  ] as const)
  const bonusCap = reader.optionalPoints('bonusCap')
  const modules = reader.array('modules', (element, elementPath) => readModule(element, elementPath, list))
  const grading = readGrading(reader)
  const cohort = reader.array(
    'cohort',
    (element, elementPath) => readCohortRule(element, elementPath, list),
    { optional: true },
  )
  if (
    id === undefined ||
    version === undefined ||
    title === undefined ||
    source === undefined ||
    notApplicable === undefined ||
    grading === undefined ||
    list.hasErrors
  ) {
    return { ok: false, problems: list.problems }
  }
  const scheme: Scheme = {
    format: schemeFormat,
    id,
    version,
    title,
    source,
    notApplicable,
    modules,
    grading,
    ...optionalField('declaredTotal', declaredTotal),
    ...optionalField('bonusCap', bonusCap),
    ...(cohort.length > 0 ? { cohort } : {}),
  }
  const full = modules.reduce(
    (sum, module) =>
      sum +
      module.groups.reduce(
        (groupSum, group) =>
          groupSum + group.items.reduce((itemSum, item) => itemSum + itemFullMillis(item), 0),
        0,
      ),
    0,
  )
  if (full === 0) list.warn('scheme.no-points', ['modules'], 'the scheme has no scored items')
  if (declaredTotal !== undefined && toMillis(declaredTotal) !== full) {
    list.warn(
      'scheme.declared-total-mismatch',
      ['declaredTotal'],
      `declared total ${declaredTotal} but the items add up to ${full / 1000}; scoring uses the items`,
    )
  }
  checkReferences(scheme, list)
  return list.hasErrors
    ? { ok: false, problems: list.problems }
    : { ok: true, value: scheme, problems: list.problems }
}
