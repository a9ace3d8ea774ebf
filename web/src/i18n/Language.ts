/** 界面语言: the UI languages Zhibu ships. zh-CN is the default for every new browser. */
export type Language = 'zh-CN' | 'en'
