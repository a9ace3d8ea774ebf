import { NodeViewWrapper } from '@tiptap/react'
import type { ReactNodeViewProps } from '@tiptap/react'
import { meetingTypeLabels, readMeetingHeader } from '@zhibu/core'
import type { MeetingHeader, MeetingType, Resolution } from '@zhibu/core'
import { useState } from 'react'
import type { ReactNode } from 'react'
import { contentDocOf } from '../shared/contentDocOf'
import { CountInput } from '../shared/CountInput'
import { newRowId } from '../shared/newRowId'
import { TextField } from '../shared/TextField'
import { useDocVersion } from '../shared/useDocVersion'
import { useEditable } from '../shared/useEditable'
import { absenceReasonLabels } from './absenceReasonLabels'
import type { LivingTemplateNodeOptions } from '../shared/LivingTemplateNodeOptions'
import type { MeetingHeaderPatch } from './MeetingHeaderPatch'
import { RecordListEditor } from './RecordListEditor'
import { ValidityPanel } from './ValidityPanel'

const voteKindLabels = { ordinary: '一般表决', election: '选举' }

/** The meeting header's view: fields of the `meeting` map and live validity from core. */
export function MeetingHeaderView({ editor, extension }: ReactNodeViewProps): ReactNode {
  const options = extension.options as LivingTemplateNodeOptions
  const doc = contentDocOf(editor)
  useDocVersion(doc)
  const editable = useEditable(editor, options.role)
  const [taskError, setTaskError] = useState<string | null>(null)
  if (doc === null) {
    return (
      <NodeViewWrapper className="zhibu-meeting" data-type="meeting-header" contentEditable={false}>
        <p className="zhibu-block__notice">会议表头需要协同文档</p>
      </NodeViewWrapper>
    )
  }
  const { header, issues } = readMeetingHeader(doc)
  const disabled = !editable
  const set = (patch: MeetingHeaderPatch): void => {
    editor.commands.updateMeetingHeader(patch)
  }
  const text = (key: keyof MeetingHeader, label: string, type?: 'datetime-local'): ReactNode => (
    <TextField
      name={key}
      label={label}
      type={type}
      value={header[key] as string | undefined}
      disabled={disabled}
      onChange={(value) => set({ [key]: value === '' ? undefined : value })}
    />
  )
  const count = (
    key: 'number' | 'dueVoting' | 'presentVoting' | 'excludedFromDue' | 'committeeSize',
    label: string,
  ): ReactNode => (
    <CountInput
      name={key}
      label={label}
      value={header[key]}
      disabled={disabled}
      onChange={(value) => set({ [key]: value })}
    />
  )
  const meetingLabel = header.title ?? (header.type === undefined ? '会议' : meetingTypeLabels[header.type])

  const createTask = async (resolution: Resolution): Promise<void> => {
    setTaskError(null)
    try {
      const taskId = await options.onCreateTask?.({ resolution, meetingLabel })
      if (typeof taskId !== 'string') return
      // Re-read: the list may have changed while the task was being created.
      const current = readMeetingHeader(doc).header.resolutions ?? []
      set({
        resolutions: current.map((entry) => (entry.id === resolution.id ? { ...entry, taskId } : entry)),
      })
    } catch (error) {
      setTaskError(error instanceof Error ? error.message : '转为任务失败')
    }
  }

  return (
    <NodeViewWrapper className="zhibu-meeting" data-type="meeting-header" contentEditable={false}>
      <div className="zhibu-meeting__fields">
        <label className="zhibu-field">
          <span>会议类型</span>
          <select
            name="type"
            data-field="type"
            value={header.type ?? ''}
            disabled={disabled}
            onChange={(event) =>
              set({ type: event.target.value === '' ? undefined : (event.target.value as MeetingType) })
            }
          >
            <option value="">请选择</option>
            {Object.entries(meetingTypeLabels).map(([type, label]) => (
              <option key={type} value={type}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {count('number', '第N次')}
        {text('title', '会议名称')}
        {text('startAt', '开始时间', 'datetime-local')}
        {text('endAt', '结束时间', 'datetime-local')}
        {text('place', '地点')}
        {text('host', '主持人')}
        {text('hostPost', '主持人职务')}
        {text('recorder', '记录人')}
        {header.type === 'partyLecture' && text('lecturer', '授课人')}
        {header.type === 'partyLecture' && text('lectureTitle', '党课题目')}
      </div>
      <div className="zhibu-meeting__fields">
        {count('dueVoting', '应到人数')}
        {count('presentVoting', '实到人数')}
        {count('excludedFromDue', '不计入应到')}
        {header.type === 'committee' && count('committeeSize', '支委会委员数')}
      </div>
      <ValidityPanel header={header} />
      <RecordListEditor
        title="缺席人员"
        name="absentees"
        columns={[
          { key: 'name', label: '姓名', type: 'text' },
          { key: 'reason', label: '原因', type: 'choice', choices: absenceReasonLabels },
          { key: 'note', label: '备注', type: 'text' },
        ]}
        entries={header.absentees ?? []}
        disabled={disabled}
        newEntry={() => ({ name: '', reason: 'personalLeave' })}
        onChange={(entries) => set({ absentees: entries as unknown as MeetingHeader['absentees'] })}
      />
      <RecordListEditor
        title="列席人员"
        name="nonVotingAttendees"
        columns={[
          { key: 'name', label: '姓名', type: 'text' },
          { key: 'post', label: '职务', type: 'text' },
          { key: 'reason', label: '列席事由', type: 'text' },
        ]}
        entries={header.nonVotingAttendees ?? []}
        disabled={disabled}
        newEntry={() => ({ name: '', post: '', reason: '' })}
        onChange={(entries) =>
          set({ nonVotingAttendees: entries as unknown as MeetingHeader['nonVotingAttendees'] })
        }
      />
      <RecordListEditor
        title="表决情况"
        name="votes"
        columns={[
          { key: 'motion', label: '表决事项', type: 'text' },
          { key: 'kind', label: '类别', type: 'choice', choices: voteKindLabels },
          { key: 'for', label: '赞成', type: 'count' },
          { key: 'against', label: '反对', type: 'count' },
          { key: 'abstain', label: '弃权', type: 'count' },
        ]}
        entries={header.votes ?? []}
        disabled={disabled}
        newEntry={() => ({ motion: '', kind: 'ordinary', for: 0, against: 0, abstain: 0 })}
        onChange={(entries) => set({ votes: entries as unknown as MeetingHeader['votes'] })}
      />
      <RecordListEditor
        title="决议与后续任务"
        name="resolutions"
        columns={[
          { key: 'text', label: '决议', type: 'text' },
          { key: 'owner', label: '责任人', type: 'text' },
          { key: 'deadline', label: '时限', type: 'date' },
        ]}
        entries={header.resolutions ?? []}
        disabled={disabled}
        newEntry={() => ({ id: newRowId(), text: '' })}
        onChange={(entries) => set({ resolutions: entries as unknown as MeetingHeader['resolutions'] })}
        renderActions={(entry) => {
          const resolution = entry as Resolution
          if (resolution.taskId !== undefined)
            return <span className="zhibu-meeting__linked">已转为任务</span>
          if (disabled || options.onCreateTask === undefined) return null
          return (
            <button type="button" data-action="create-task" onClick={() => void createTask(resolution)}>
              转为任务
            </button>
          )
        }}
      />
      {taskError !== null && (
        <p className="zhibu-block__notice" role="alert">
          {taskError}
        </p>
      )}
      {issues.map((issue) => (
        <p key={issue.path} className="zhibu-block__notice">
          {issue.message}
        </p>
      ))}
    </NodeViewWrapper>
  )
}
