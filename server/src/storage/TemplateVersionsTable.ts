/**
 * 模板版本 table (migration 003): `body` is the whole `TemplateDefinition` as JSON. Rows are inserted once and
 * never updated. Added to a Kysely instance with `withTables`, so the shared `Database` interface stays as it is.
 */
// A type alias, not an interface: `withTables` needs the implicit index signature only aliases have.
export type TemplateVersionsTables = {
  template_versions: {
    template_id: string
    version: number
    kind: string
    title: string
    title_en: string
    scheme_id: string | null
    body: string
    note: string | null
    published_by: string
    published_at: string
  }
}
