/**
 * The one or two characters shown in a collaborator's avatar (头像文字): a Chinese name's given name
 * ("张伟（第一支部书记）" → "张伟"; longer names keep their last two characters), or the initials of a
 * Latin name. A role or unit in brackets after the name is left out; a name that is only a bracket
 * shows what is inside it.
 */
export function avatarText(name: string): string {
  const bare = name.replace(/[（(].*$/u, '').trim() || name.replace(/[（）()]/gu, '').trim()
  const characters = Array.from(bare)
  if (/\p{Script=Han}/u.test(bare)) return characters.slice(-2).join('')
  const initials = bare
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map((word) => Array.from(word)[0]?.toUpperCase() ?? '')
  return initials.slice(0, 2).join('')
}
