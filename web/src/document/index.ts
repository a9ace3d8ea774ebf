export { DocumentPage } from './DocumentPage'
export type { DocumentPageProps } from './DocumentPage'
export { documentDatabaseNames } from './documentDatabaseNames'
