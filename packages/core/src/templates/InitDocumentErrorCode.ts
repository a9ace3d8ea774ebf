/** Why a document could not be initialised from a template. */
export type InitDocumentErrorCode = 'DOC_ID_INVALID' | 'DOCUMENT_NOT_EMPTY'
