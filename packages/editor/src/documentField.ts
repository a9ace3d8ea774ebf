/** The Y.Doc field holding the Tiptap document (正文), per docs/architecture.md's content room layout. */
export const documentField = 'default'
