import { Alert, Form, Input, Modal, Radio, Space } from 'antd'
import { useState } from 'react'
import { useLanguage } from '../i18n/useLanguage'
import { useT } from '../i18n/useT'
import type { TemplateRecord } from '../storage/TemplateRecord'

interface CreateValues {
  templateId: string
  title: string
}

/**
 * 从模板新建: pick a template and a title. Rendered only for units where the user's role can create documents;
 * the actual creation (local entry + queued POST) is the caller's `onCreate`.
 */
export function CreateDocumentDialog({
  open,
  templates,
  initialTemplateId,
  initialTitle,
  onCreate,
  onClose,
}: {
  open: boolean
  templates: TemplateRecord[]
  /** preselected template (从日历新建); the caller remounts the dialog (key) to change it */
  initialTemplateId?: string
  /** suggested title, e.g. 支委会会议记录 2026年3月 */
  initialTitle?: string
  onCreate: (template: TemplateRecord, title: string) => Promise<void>
  onClose: () => void
}) {
  const t = useT()
  const [language] = useLanguage()
  const [form] = Form.useForm<CreateValues>()
  const [busy, setBusy] = useState(false)

  const submit = async (values: CreateValues): Promise<void> => {
    const template = templates.find((candidate) => candidate.id === values.templateId)
    if (template === undefined) return
    setBusy(true)
    await onCreate(template, values.title.trim())
    setBusy(false)
    form.resetFields()
    onClose()
  }

  return (
    <Modal
      open={open}
      title={t('create.title')}
      okText={t('create.submit')}
      cancelText={t('create.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ disabled: templates.length === 0, ...{ 'data-testid': 'create-submit' } }}
      destroyOnHidden
    >
      {templates.length === 0 && <Alert type="info" showIcon title={t('create.noTemplates')} />}
      <Form<CreateValues>
        data-testid="create-dialog"
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          templateId: templates.some((template) => template.id === initialTemplateId)
            ? initialTemplateId
            : templates[0]?.id,
          title: initialTitle,
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="templateId"
          label={t('create.template')}
          rules={[{ required: true, message: t('create.templateRequired') }]}
        >
          <Radio.Group data-testid="create-template">
            <Space orientation="vertical">
              {templates.map((template) => (
                <Radio
                  key={template.id}
                  value={template.id}
                  data-testid={`create-template-option-${template.id}`}
                >
                  {language === 'en' ? (template.nameEn ?? template.name) : template.name}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="title"
          label={t('create.docTitle')}
          rules={[{ required: true, whitespace: true, message: t('create.titleRequired') }]}
        >
          <Input data-testid="create-title" maxLength={200} onPressEnter={() => form.submit()} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
