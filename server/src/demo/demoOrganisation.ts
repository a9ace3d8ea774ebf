import type { Role } from '@zhibu/core'
import type { UnitKind } from '../access/UnitKind'

/** 演示组织: fixed ids so seeding is idempotent and tests can refer to them. */
export const demoOrganisation = {
  password: 'zhibu2026',
  units: [
    { id: 'demo-gongwei', name: '示范县直属机关工委', kind: 'organisation' as UnitKind, parentId: null },
    { id: 'demo-jiguan', name: '县委办机关党委', kind: 'committee' as UnitKind, parentId: 'demo-gongwei' },
    { id: 'demo-branch-1', name: '第一党支部', kind: 'branch' as UnitKind, parentId: 'demo-jiguan' },
    { id: 'demo-branch-2', name: '第二党支部', kind: 'branch' as UnitKind, parentId: 'demo-jiguan' },
    { id: 'demo-branch-3', name: '第三党支部', kind: 'branch' as UnitKind, parentId: 'demo-jiguan' },
  ],
  users: [
    { username: 'admin', displayName: '系统管理员', isAdmin: true, grants: [] },
    {
      username: 'zhangwei',
      displayName: '张伟（第一支部书记）',
      isAdmin: false,
      grants: [{ unitId: 'demo-branch-1', role: 'editor' as Role }],
    },
    {
      username: 'lina',
      displayName: '李娜（党员）',
      isAdmin: false,
      grants: [{ unitId: 'demo-branch-1', role: 'member' as Role }],
    },
    {
      username: 'wangfang',
      displayName: '王芳（第二支部书记）',
      isAdmin: false,
      grants: [{ unitId: 'demo-branch-2', role: 'editor' as Role }],
    },
    {
      username: 'duban',
      displayName: '督办专班',
      isAdmin: false,
      grants: [{ unitId: 'demo-jiguan', role: 'supervisor' as Role }],
    },
    {
      username: 'renzheng',
      displayName: '认证组',
      isAdmin: false,
      grants: [{ unitId: 'demo-jiguan', role: 'certifier' as Role }],
    },
  ],
  /** Documents, one per built-in template, go to this branch. */
  documentUnitId: 'demo-branch-1',
} as const
