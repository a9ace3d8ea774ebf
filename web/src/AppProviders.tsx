import { ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { useEffect, type ReactNode } from 'react'
import { useLanguage } from './i18n/useLanguage'
import type { WorkspaceServices } from './workspace/WorkspaceServices'
import { WorkspaceServicesContext } from './workspace/WorkspaceServicesContext'

/** antd in the current language (zh_CN by default), the app's theme, and the shared store and API. */
export function AppProviders({ services, children }: { services: WorkspaceServices; children: ReactNode }) {
  const [language] = useLanguage()
  useEffect(() => {
    dayjs.locale(language === 'en' ? 'en' : 'zh-cn')
    document.documentElement.lang = language
  }, [language])
  return (
    <ConfigProvider
      locale={language === 'en' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#c62828' } }}
      // "登 录" with antd's inserted space reads oddly to Chinese users; labels stay exactly as written.
      button={{ autoInsertSpace: false }}
    >
      <WorkspaceServicesContext.Provider value={services}>{children}</WorkspaceServicesContext.Provider>
    </ConfigProvider>
  )
}
