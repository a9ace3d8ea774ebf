import { useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { EvidenceFile, EvidenceService } from '../shared/EvidenceService'
import { useEvidenceFiles } from './useEvidenceFiles'

const columnLabels = { self: '自查', inspector: '考核' } as const
const stateLabels = { pending: '待上传', failed: '上传失败', uploaded: '' } as const

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function FileEntry({
  file,
  onOpen,
  onRemove,
}: {
  file: EvidenceFile
  onOpen: () => void
  onRemove: (() => void) | null
}): ReactNode {
  const image = file.mimeType.startsWith('image/') && file.previewUrl !== null
  return (
    <li className="zhibu-evidence__file" data-state={file.state} data-column={file.column}>
      <button type="button" className="zhibu-evidence__open" data-action="open-evidence" onClick={onOpen}>
        {image && file.previewUrl !== null ? (
          <img className="zhibu-evidence__thumb" src={file.previewUrl} alt={file.name} />
        ) : null}
        <span className="zhibu-evidence__name">{file.name}</span>
      </button>
      <span className="zhibu-evidence__meta">
        {`${columnLabels[file.column]} · ${formatSize(file.size)}`}
        {stateLabels[file.state] === '' ? '' : ` · ${stateLabels[file.state]}`}
      </span>
      {onRemove !== null && (
        <button
          type="button"
          className="zhibu-evidence__remove"
          data-action="remove-evidence"
          aria-label={`删除${file.name}`}
          onClick={onRemove}
        >
          删除
        </button>
      )}
    </li>
  )
}

/**
 * 佐证材料 of one checklist item: thumbnails for photos, a list for other files, and 上传证据 for the
 * column the user fills (editors 自查, certifiers 考核). Files come from the web app's service, so
 * they are there offline once seen; `references` are older evidence entries written in the answer.
 */
export function EvidenceFiles({
  itemId,
  service,
  references,
}: {
  itemId: string
  service: EvidenceService | undefined
  references: readonly string[]
}): ReactNode {
  const files = useEvidenceFiles(service, itemId)
  const input = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<string | null>(null)
  const column = service?.uploadColumn ?? null
  const upload = (chosen: FileList | null): void => {
    if (service === undefined || column === null || chosen === null || chosen.length === 0) return
    setError(null)
    service
      .upload(itemId, column, [...chosen])
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : '上传失败'))
    if (input.current !== null) input.current.value = ''
  }
  const remove = (file: EvidenceFile): void => {
    setError(null)
    service
      ?.remove?.(file)
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : '删除失败'))
  }
  const empty = files.length === 0 && references.length === 0
  return (
    <div className="zhibu-checklist__evidence zhibu-evidence" aria-label="佐证材料" data-testid="evidence">
      <span>佐证材料</span>
      {empty && <span className="zhibu-checklist__evidence-empty">暂无</span>}
      {files.length > 0 && (
        <ul className="zhibu-evidence__files">
          {files.map((file) => (
            <FileEntry
              key={file.key}
              file={file}
              onOpen={() => service?.open(file)}
              onRemove={file.removable === true && service?.remove !== undefined ? () => remove(file) : null}
            />
          ))}
        </ul>
      )}
      {references.length > 0 && (
        <ul>
          {references.map((reference) => (
            <li key={reference}>{reference}</li>
          ))}
        </ul>
      )}
      {column !== null && (
        <>
          <button type="button" data-action="upload-evidence" onClick={() => input.current?.click()}>
            {`上传证据(${columnLabels[column]})`}
          </button>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            accept="image/*,application/pdf,.doc,.docx,.xls,.xlsx"
            data-testid="evidence-input"
            aria-label="选择证据文件"
            onChange={(event) => upload(event.target.files)}
          />
        </>
      )}
      {error !== null && (
        <span className="zhibu-block__notice" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}
