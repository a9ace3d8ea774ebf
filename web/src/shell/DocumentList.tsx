import { CloudUploadOutlined, ExclamationCircleOutlined } from '@ant-design/icons'
import { Empty, Flex, Menu, Tag, Tooltip, Typography } from 'antd'
import type { MenuProps } from 'antd'
import { formatDate } from '../i18n/formatDate'
import { useT } from '../i18n/useT'
import type { DocumentEntry } from '../storage/DocumentEntry'
import { groupDocumentsByKind } from '../workspace/groupDocumentsByKind'

function DocumentLabel({ document }: { document: DocumentEntry }) {
  const t = useT()
  return (
    <Flex
      data-testid={`doc-item-${document.id}`}
      data-pending={document.pending}
      vertical
      style={{ lineHeight: 1.4, padding: '4px 0' }}
    >
      <Typography.Text ellipsis>{document.title}</Typography.Text>
      <Flex gap={4} align="center" wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDate(document.createdAt, 'date')}
        </Typography.Text>
        {document.pending && (
          <Tag data-testid={`doc-pending-${document.id}`} icon={<CloudUploadOutlined />} color="orange">
            {t('docs.pending')}
          </Tag>
        )}
        {document.syncError !== null && (
          <Tooltip title={document.syncError.message}>
            <Tag
              data-testid={`doc-sync-error-${document.id}`}
              icon={<ExclamationCircleOutlined />}
              color="error"
            >
              {t('docs.syncFailed')}
            </Tag>
          </Tooltip>
        )}
      </Flex>
    </Flex>
  )
}

/** 文档列表: a unit's documents grouped by kind (会议记录 … 认证/评星), newest first in each group. */
export function DocumentList({
  documents,
  selectedDocId,
  onSelect,
}: {
  documents: DocumentEntry[]
  selectedDocId: string | null
  onSelect: (docId: string) => void
}) {
  const t = useT()
  if (documents.length === 0)
    return <Empty description={t('docs.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
  const items: MenuProps['items'] = groupDocumentsByKind(documents).map((section) => ({
    type: 'group',
    key: `group-${section.key}`,
    label: <span data-testid={`doc-group-${section.key}`}>{t(`kind.${section.key}`)}</span>,
    children: section.documents.map((document) => ({
      key: document.id,
      label: <DocumentLabel document={document} />,
      style: { height: 'auto' },
    })),
  }))
  return (
    <Menu
      data-testid="doc-list"
      mode="inline"
      items={items}
      selectedKeys={selectedDocId === null ? [] : [selectedDocId]}
      onClick={({ key }) => onSelect(key)}
      style={{ borderInlineEnd: 'none' }}
    />
  )
}
