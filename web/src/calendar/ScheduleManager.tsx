import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, DatePicker, Flex, Form, InputNumber, Popconfirm, Select, Table, Tooltip } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { scheduleFrequencies, type ScheduleFrequency } from '../api/ScheduleFrequency'
import type { UnitReportsApi } from '../api/UnitReportsApi'
import type { CreateScheduleBody, UnitSchedule } from '../api/UnitSchedule'
import { formatDate } from '../i18n/formatDate'
import { useT } from '../i18n/useT'
import type { TemplateRecord } from '../storage/TemplateRecord'

interface ScheduleValues {
  templateId: string
  frequency: ScheduleFrequency
  minimumPerPeriod: number
  startDate: Dayjs
  endDate?: Dayjs | null
}

/**
 * 定期安排: the unit's recurring templates. Everyone sees the list; editors and admins add and remove entries,
 * online only (a schedule changes what the whole branch is asked to do, so it is not queued offline).
 */
export function ScheduleManager({
  unitId,
  year,
  schedules,
  templates,
  templateName,
  canEdit,
  online,
  api,
  onChanged,
}: {
  unitId: string
  year: number
  schedules: UnitSchedule[]
  templates: TemplateRecord[]
  templateName: (templateId: string) => string
  canEdit: boolean
  online: boolean
  api: UnitReportsApi
  onChanged: () => void
}) {
  const t = useT()
  const { message } = App.useApp()
  const [form] = Form.useForm<ScheduleValues>()
  const [busy, setBusy] = useState(false)

  const add = async (values: ScheduleValues): Promise<void> => {
    const body: CreateScheduleBody = {
      templateId: values.templateId,
      frequency: values.frequency,
      minimumPerPeriod: values.minimumPerPeriod,
      startDate: values.startDate.format('YYYY-MM-DD'),
    }
    if (values.endDate) body.endDate = values.endDate.format('YYYY-MM-DD')
    setBusy(true)
    const result = await api.createSchedule(unitId, body)
    setBusy(false)
    if (!result.ok) {
      void message.error(t('error.generic', { message: result.error.message }))
      return
    }
    void message.success(t('schedule.added'))
    onChanged()
  }

  const remove = async (scheduleId: string): Promise<void> => {
    const result = await api.deleteSchedule(unitId, scheduleId)
    if (!result.ok) {
      void message.error(t('error.generic', { message: result.error.message }))
      return
    }
    void message.success(t('schedule.removed'))
    onChanged()
  }

  const editable = canEdit && online
  return (
    <Flex vertical gap={12} data-testid="schedule-manager">
      <Table<UnitSchedule>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={schedules}
        columns={[
          {
            title: t('schedule.template'),
            key: 'template',
            render: (_value, row) => templateName(row.templateId),
          },
          {
            title: t('schedule.frequency'),
            dataIndex: 'frequency',
            render: (frequency: ScheduleFrequency) => t(`frequency.${frequency}`),
          },
          { title: t('schedule.minimum'), dataIndex: 'minimumPerPeriod' },
          {
            title: t('schedule.range'),
            key: 'range',
            render: (_value, row) =>
              `${formatDate(row.startDate, 'date')} – ${row.endDate === undefined ? t('schedule.openEnded') : formatDate(row.endDate, 'date')}`,
          },
          ...(canEdit
            ? [
                {
                  key: 'remove',
                  width: 48,
                  render: (_value: unknown, row: UnitSchedule) => (
                    <Tooltip title={online ? undefined : t('schedule.offline')}>
                      <Popconfirm title={t('schedule.removeConfirm')} onConfirm={() => void remove(row.id)}>
                        <Button
                          data-testid={`schedule-remove-${row.id}`}
                          aria-label={t('schedule.remove')}
                          type="text"
                          danger
                          disabled={!online}
                          icon={<DeleteOutlined />}
                        />
                      </Popconfirm>
                    </Tooltip>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canEdit && (
        <Form<ScheduleValues>
          data-testid="schedule-form"
          form={form}
          layout="inline"
          disabled={!editable}
          initialValues={{
            templateId: templates[0]?.id,
            frequency: 'monthly',
            minimumPerPeriod: 1,
            startDate: dayjs(`${year}-01-01`),
          }}
          onFinish={(values) => void add(values)}
        >
          <Form.Item
            name="templateId"
            label={t('schedule.template')}
            rules={[{ required: true, message: t('schedule.templateRequired') }]}
          >
            <Select
              data-testid="schedule-template"
              style={{ width: 180 }}
              options={templates.map((template) => ({
                value: template.id,
                label: templateName(template.id),
              }))}
            />
          </Form.Item>
          <Form.Item name="frequency" label={t('schedule.frequency')}>
            <Select
              data-testid="schedule-frequency"
              style={{ width: 100 }}
              options={scheduleFrequencies.map((frequency) => ({
                value: frequency,
                label: t(`frequency.${frequency}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="minimumPerPeriod" label={t('schedule.minimum')}>
            <InputNumber
              data-testid="schedule-minimum"
              min={1}
              max={99}
              precision={0}
              style={{ width: 64 }}
            />
          </Form.Item>
          <Form.Item name="startDate" label={t('schedule.start')} rules={[{ required: true }]}>
            <DatePicker data-testid="schedule-start" allowClear={false} />
          </Form.Item>
          <Form.Item name="endDate" label={t('schedule.end')}>
            <DatePicker data-testid="schedule-end" />
          </Form.Item>
          <Form.Item>
            <Tooltip title={online ? undefined : t('schedule.offline')}>
              <Button
                data-testid="schedule-add"
                htmlType="submit"
                icon={<PlusOutlined />}
                loading={busy}
                disabled={!editable}
              >
                {t('schedule.add')}
              </Button>
            </Tooltip>
          </Form.Item>
        </Form>
      )}
    </Flex>
  )
}
