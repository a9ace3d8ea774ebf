/** A ProseMirror mark on a text node (bold, italic …), as in ProseMirror JSON. */
export interface TemplateMark {
  readonly type: string
  readonly attrs?: Readonly<Record<string, string | number | boolean | null>>
}
