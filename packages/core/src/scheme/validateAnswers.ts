import type { Answers } from './Answers'
import type { Checked } from './Checked'
import { FieldReader } from './FieldReader'
import type { HitShape } from './measureHit'
import { measureHit } from './measureHit'
import { ProblemList } from './ProblemList'
import type { Scheme } from './Scheme'
import type { SchemeItem } from './SchemeItem'

type Path = readonly (string | number)[]

const scoredKinds = new Set(['deduction', 'checklist', 'levels'])

function allowedFields(item: SchemeItem): readonly string[] {
  const common = ['note', 'evidence', ...(scoredKinds.has(item.kind) ? ['notApplicable'] : [])]
  switch (item.kind) {
    case 'deduction':
    case 'penalty':
      return [...common, 'deductions']
    case 'checklist':
      return [...common, 'deductions', 'checked']
    case 'levels':
      return [...common, 'level']
    case 'bonus':
      return [...common, 'bonuses']
    case 'veto':
      return [...common, 'triggered']
    case 'flag':
      return [...common, 'met']
  }
}

function checkHits(
  value: unknown,
  shapes: ReadonlyMap<string, HitShape>,
  path: Path,
  list: ProblemList,
): void {
  if (!FieldReader.isRecord(value)) {
    list.error('answers.not-object', path, 'must be an object of rule id → hit')
    return
  }
  for (const [ruleId, hit] of Object.entries(value)) {
    const shape = shapes.get(ruleId)
    if (shape === undefined) {
      list.error('answers.unknown-rule', [...path, ruleId], `the item has no rule "${ruleId}"`)
      continue
    }
    const measured = measureHit(hit, shape)
    if (!measured.ok) list.error(measured.code, [...path, ruleId, ...measured.path], measured.message)
  }
}

function checkItemAnswer(
  item: SchemeItem,
  scheme: Scheme,
  value: unknown,
  path: Path,
  list: ProblemList,
): void {
  if (!FieldReader.isRecord(value)) {
    list.error('answers.not-object', path, 'an item answer must be an object')
    return
  }
  const allowed = allowedFields(item)
  for (const [field, fieldValue] of Object.entries(value)) {
    const fieldPath = [...path, field]
    if (!allowed.includes(field)) {
      list.error('answers.field-not-allowed', fieldPath, `a ${item.kind} item does not take "${field}"`)
      continue
    }
    switch (field) {
      case 'notApplicable':
      case 'triggered':
      case 'met':
        if (typeof fieldValue !== 'boolean')
          list.error('answers.wrong-type', fieldPath, `"${field}" must be true or false`)
        else if (field === 'notApplicable' && fieldValue && scheme.notApplicable === 'forbid') {
          list.error(
            'answers.not-applicable-forbidden',
            fieldPath,
            'this scheme does not allow not-applicable answers',
          )
        }
        break
      case 'note':
        if (typeof fieldValue !== 'string')
          list.error('answers.wrong-type', fieldPath, '"note" must be a string')
        break
      case 'evidence':
        if (!Array.isArray(fieldValue) || fieldValue.some((entry) => typeof entry !== 'string')) {
          list.error('answers.wrong-type', fieldPath, '"evidence" must be a list of strings')
        }
        break
      case 'level':
        if (item.kind === 'levels' && !item.levels.some((level) => level.id === fieldValue)) {
          list.error(
            'answers.unknown-level',
            fieldPath,
            `the item has no level ${JSON.stringify(fieldValue)}`,
          )
        }
        break
      case 'checked':
        if (!FieldReader.isRecord(fieldValue)) {
          list.error(
            'answers.not-object',
            fieldPath,
            '"checked" must be an object of criterion id → true/false',
          )
        } else if (item.kind === 'checklist') {
          for (const [criterionId, ticked] of Object.entries(fieldValue)) {
            if (!item.criteria.some((criterion) => criterion.id === criterionId)) {
              list.error(
                'answers.unknown-rule',
                [...fieldPath, criterionId],
                `the item has no criterion "${criterionId}"`,
              )
            } else if (typeof ticked !== 'boolean') {
              list.error('answers.wrong-type', [...fieldPath, criterionId], 'a tick is true or false')
            }
          }
        }
        break
      case 'deductions':
        if (item.kind === 'deduction' || item.kind === 'checklist' || item.kind === 'penalty') {
          checkHits(fieldValue, new Map((item.rules ?? []).map((rule) => [rule.id, rule])), fieldPath, list)
        }
        break
      case 'bonuses':
        if (item.kind === 'bonus')
          checkHits(fieldValue, new Map(item.facts.map((fact) => [fact.id, fact])), fieldPath, list)
        break
    }
  }
  if (
    value['notApplicable'] === true &&
    ['deductions', 'checked', 'level'].some((field) => value[field] !== undefined)
  ) {
    list.warn(
      'answers.not-applicable-with-score',
      path,
      'the item is marked not applicable; its other answers are ignored',
    )
  }
}

function comparePaths(left: readonly (string | number)[], right: readonly (string | number)[]): number {
  const length = Math.min(left.length, right.length)
  for (let index = 0; index < length; index += 1) {
    const a = String(left[index])
    const b = String(right[index])
    if (a !== b) return a < b ? -1 : 1
  }
  return left.length - right.length
}

/**
 * Checks untrusted answers (答卷) against a scheme: every problem has a code and a path such as
 * `["inspector", "item-id", "deductions", "rule-id"]`. Answers to unknown items are a warning.
 */
export function validateAnswers(scheme: Scheme, input: unknown): Checked<Answers> {
  const list = new ProblemList()
  if (!FieldReader.isRecord(input)) {
    list.error('answers.not-object', [], 'answers must be an object with "self" and/or "inspector"')
    return { ok: false, problems: list.problems }
  }
  const items = new Map<string, SchemeItem>()
  for (const module of scheme.modules)
    for (const group of module.groups) for (const item of group.items) items.set(item.id, item)
  for (const [column, columnValue] of Object.entries(input)) {
    if (column !== 'self' && column !== 'inspector') {
      list.error(
        'answers.unknown-column',
        [column],
        `unknown column "${column}" (expected "self" or "inspector")`,
      )
      continue
    }
    if (columnValue === undefined) continue
    if (!FieldReader.isRecord(columnValue)) {
      list.error('answers.not-object', [column], 'a column must be an object of item id → answer')
      continue
    }
    for (const [itemId, itemValue] of Object.entries(columnValue)) {
      const item = items.get(itemId)
      if (item === undefined) {
        list.warn('answers.unknown-item', [column, itemId], `the scheme has no item "${itemId}"; ignored`)
        continue
      }
      checkItemAnswer(item, scheme, itemValue, [column, itemId], list)
    }
  }
  // Problems are listed in path order, not in the answers' key order, so key order never shows in a result.
  const problems = [...list.problems].sort(
    (left, right) =>
      comparePaths(left.path, right.path) || (left.code < right.code ? -1 : left.code > right.code ? 1 : 0),
  )
  return list.hasErrors ? { ok: false, problems } : { ok: true, value: input, problems }
}
