import { Flex, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useT } from '../i18n/useT'
import { LanguageSwitch } from '../shell/LanguageSwitch'

/** The frame of the login and setup pages: app name, language switch and one card. */
export function CenteredCard({ title, children }: { title: string; children: ReactNode }) {
  const t = useT()
  return (
    <Flex vertical align="center" justify="center" gap={16} style={{ minHeight: '100vh', padding: 16 }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('app.name')}
      </Typography.Title>
      {/* A plain panel rather than antd's Card, whose tabs and skeleton would weigh on the first download. */}
      <section
        style={{
          width: '100%',
          maxWidth: 400,
          padding: 24,
          border: '1px solid #f0f0f0',
          borderRadius: 8,
          background: '#fff',
        }}
      >
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        {children}
      </section>
    </Flex>
  )
}
