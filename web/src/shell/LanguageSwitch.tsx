import { Segmented } from 'antd'
import type { Language } from '../i18n/Language'
import { useLanguage } from '../i18n/useLanguage'

/** 中文 / English switch; the choice persists in localStorage. */
export function LanguageSwitch() {
  const [language, setLanguage] = useLanguage()
  return (
    <Segmented<Language>
      data-testid="language-switch"
      size="small"
      value={language}
      onChange={setLanguage}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
    />
  )
}
