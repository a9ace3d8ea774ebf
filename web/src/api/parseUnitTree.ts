import type { UnitRecord } from '../storage/UnitRecord'
import { parseUnit } from './parseUnit'
import { readList } from './readList'

/**
 * The units of `GET /api/units`, flat with parent ids, whether the server sent a flat list or nested `children`.
 * A nested child's parent is the unit it is nested in, even when the child omits `parentId`.
 */
export function parseUnitTree(value: unknown): UnitRecord[] {
  const units: UnitRecord[] = []
  const visit = (list: unknown[], parentId: string | null): void => {
    for (const raw of list) {
      const unit = parseUnit(raw)
      if (unit === null) continue
      units.push(unit.parentId === null && parentId !== null ? { ...unit, parentId } : unit)
      visit(
        readList(
          typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).children : [],
          'children',
        ),
        unit.id,
      )
    }
  }
  visit(readList(value, 'units', 'tree'), null)
  return units
}
