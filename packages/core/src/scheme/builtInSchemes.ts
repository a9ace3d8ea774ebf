import ganyu from '../../schemes/ganyu-xingji-pingding.json'
import t15 from '../../schemes/t15-zhibu-dangyuan-dahui.json'
import t2 from '../../schemes/t2-jingmen-xianjin-danwei.json'
import t3 from '../../schemes/t3-chuangjian-biaozhunhua-dangzhibu.json'
import t7 from '../../schemes/t7-djgz-zhiliang-guanli-zhibu.json'
import t9 from '../../schemes/t9-2011-dangzongzhi-lianghua.json'
import tiantai from '../../schemes/tiantai-biaozhunhua-renzheng.json'
import type { Scheme } from './Scheme'
import { validateScheme } from './validateScheme'

function load(data: unknown): Scheme {
  const checked = validateScheme(data)
  // The shipped files are tested to validate; failing here means a broken file was shipped.
  if (!checked.ok) throw new Error(`built-in scheme does not validate: ${JSON.stringify(checked.problems)}`)
  return checked.value
}

/**
 * 内置评分细则 — the schemes shipped as data in packages/core/schemes, each labelled with its source:
 * the Tiantai-style certification and Ganyu-style star rating (published structure, example items) and the
 * published tables complete enough to score (T2, T3, T7, T9, T15 of published-tables.json).
 */
export const builtInSchemes: readonly Scheme[] = Object.freeze(
  [tiantai, ganyu, t3, t15, t9, t7, t2].map(load),
)
