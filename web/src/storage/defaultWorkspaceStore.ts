import { DexieWorkspaceStore } from './DexieWorkspaceStore'
import { MemoryWorkspaceStore } from './MemoryWorkspaceStore'
import type { WorkspaceStore } from './WorkspaceStore'

/**
 * The app's one WorkspaceStore: IndexedDB through Dexie, or memory where IndexedDB is missing (some private
 * modes), in which case the app still works online and simply forgets on reload.
 */
export const defaultWorkspaceStore: WorkspaceStore =
  typeof indexedDB === 'undefined' ? new MemoryWorkspaceStore() : new DexieWorkspaceStore()
