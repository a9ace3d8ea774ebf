/** A reason a template cannot be published, with the path of the offending node (`body.3`). */
export interface TemplateIssue {
  readonly code:
    | 'TEMPLATE_BINDING_INVALID'
    | 'TEMPLATE_SCHEME_NOT_FOUND'
    | 'TEMPLATE_SCHEME_MISMATCH'
    | 'TEMPLATE_MODULE_NOT_FOUND'
    | 'TEMPLATE_GROUP_NOT_FOUND'
    | 'TEMPLATE_LEDGER_KIND_INVALID'
    | 'TEMPLATE_EMPTY'
  readonly path: string
  readonly message: string
}
