/** Texts of the editor toolbar (工具栏文字); the web app passes its own translation. */
export interface EditorToolbarLabels {
  heading1: string
  heading2: string
  heading3: string
  bold: string
  italic: string
  bulletList: string
  orderedList: string
  taskList: string
  table: string
  link: string
  image: string
  undo: string
  redo: string
  linkPrompt: string
  imagePrompt: string
}

/** The default, Simplified Chinese toolbar texts. */
export const editorToolbarLabels: EditorToolbarLabels = {
  heading1: '一级标题',
  heading2: '二级标题',
  heading3: '三级标题',
  bold: '加粗',
  italic: '斜体',
  bulletList: '项目符号列表',
  orderedList: '编号列表',
  taskList: '任务列表',
  table: '插入表格',
  link: '链接',
  image: '图片',
  undo: '撤销',
  redo: '重做',
  linkPrompt: '链接地址（http/https）',
  imagePrompt: '图片地址（http/https）',
}
