/** A template node's attributes (ProseMirror JSON attrs). */
export type TemplateAttrs = Readonly<Record<string, string | number | boolean | null>>
