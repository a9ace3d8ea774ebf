import { Empty, Flex, Tag, Tree, Typography } from 'antd'
import type { DataNode } from 'antd/es/tree'
import { useMemo } from 'react'
import { useT } from '../i18n/useT'
import type { Role } from '../storage/Role'
import type { UnitRecord } from '../storage/UnitRecord'

function buildTreeData(units: UnitRecord[]): DataNode[] {
  const ids = new Set(units.map((unit) => unit.id))
  const children = new Map<string | null, UnitRecord[]>()
  for (const unit of units) {
    // A parent the user cannot see makes the unit a root of their tree.
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), unit])
  }
  const build = (parent: string | null): DataNode[] =>
    (children.get(parent) ?? []).map((unit) => ({ key: unit.id, title: unit.name, children: build(unit.id) }))
  return build(null)
}

/** 组织树: the units the user can see, with their effective role on each. */
export function UnitTree({
  units,
  roles,
  selectedUnitId,
  onSelect,
}: {
  units: UnitRecord[]
  roles: Map<string, Role | null>
  selectedUnitId: string | null
  onSelect: (unitId: string) => void
}) {
  const t = useT()
  const treeData = useMemo(() => buildTreeData(units), [units])
  const names = useMemo(() => new Map(units.map((unit) => [unit.id, unit])), [units])
  if (units.length === 0) return <Empty description={t('units.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
  return (
    <Tree
      data-testid="unit-tree"
      blockNode
      defaultExpandAll
      treeData={treeData}
      selectedKeys={selectedUnitId === null ? [] : [selectedUnitId]}
      onSelect={(keys) => {
        const [key] = keys
        if (key !== undefined) onSelect(String(key))
      }}
      titleRender={(node) => {
        const id = String(node.key)
        const unit = names.get(id)
        const role = roles.get(id) ?? null
        return (
          <Flex data-testid={`unit-node-${id}`} data-role={role ?? 'none'} justify="space-between" gap={4}>
            <Typography.Text ellipsis>{unit?.name ?? id}</Typography.Text>
            {role !== null && (
              <Tag
                data-testid={`unit-role-${id}`}
                color={role === 'editor' || role === 'admin' ? 'red' : 'default'}
                style={{ marginInlineEnd: 0 }}
              >
                {t(`role.${role}`)}
              </Tag>
            )}
          </Flex>
        )
      }}
    />
  )
}
