import { createContext } from 'react'
import type { WorkspaceServices } from './WorkspaceServices'

/** Provided once by App; tests provide a memory store and a fake API. */
export const WorkspaceServicesContext = createContext<WorkspaceServices | null>(null)
