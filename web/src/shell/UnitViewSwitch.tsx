import { Segmented } from 'antd'
import { useT } from '../i18n/useT'
import type { UnitView } from './UnitView'

/** 文档 | 日历 | 记分卡 | 排名: the switch above the document list; hidden when the unit has only documents. */
export function UnitViewSwitch({
  views,
  value,
  onChange,
}: {
  views: UnitView[]
  value: UnitView
  onChange: (view: UnitView) => void
}) {
  const t = useT()
  if (views.length < 2) return null
  return (
    <Segmented<UnitView>
      data-testid="unit-view-switch"
      block
      size="small"
      value={value}
      onChange={onChange}
      options={views.map((view) => ({
        value: view,
        label: <span data-testid={`unit-view-${view}`}>{t(`unitView.${view}`)}</span>,
      }))}
    />
  )
}
