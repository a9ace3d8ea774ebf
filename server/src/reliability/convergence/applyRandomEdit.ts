import * as Y from 'yjs'
import type { SeededRandom } from '../../testing/SeededRandom'

/** What one random edit did, for the run's history. */
export type RandomEdit = Record<string, string | number | boolean> & { kind: string }

const alphabet = '党支部委员会议记录整改台账学习教育组织生活abcdefgh 0123456789'

function randomText(random: SeededRandom): string {
  let text = ''
  for (let count = random.between(1, 4); count > 0; count--) text += alphabet[random.int(alphabet.length)]
  return text
}

function paragraphs(fragment: Y.XmlFragment): Y.XmlElement[] {
  return fragment.toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement)
}

function paragraphText(paragraph: Y.XmlElement): Y.XmlText | undefined {
  const first = paragraph.get(0)
  return first instanceof Y.XmlText ? first : undefined
}

function newParagraph(text: string): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  return paragraph
}

/**
 * One random edit of a content-room Y.Doc in the layout of docs/architecture.md: text typed, deleted and formatted
 * inside Tiptap paragraphs of the `default` fragment, paragraphs added and removed, self-assessment answers
 * (`answers`, a Y.Map per item) replaced or changed field by field, ledger rows added, edited and deleted, and
 * meeting-header fields set. Ids come from small pools so concurrent clients collide on the same keys.
 */
export function applyRandomEdit(doc: Y.Doc, random: SeededRandom): RandomEdit {
  const fragment = doc.getXmlFragment('default')
  const roll = random.next()
  const existing = paragraphs(fragment)
  if (roll < 0.1 || existing.length === 0) {
    const index = random.int(fragment.length + 1)
    const text = randomText(random)
    fragment.insert(index, [newParagraph(text)])
    return { kind: 'paragraph.insert', index, text }
  }
  if (roll < 0.14 && existing.length > 1) {
    const index = random.int(fragment.length)
    fragment.delete(index, 1)
    return { kind: 'paragraph.delete', index }
  }
  if (roll < 0.6) {
    const paragraphIndex = random.int(existing.length)
    const text = paragraphText(existing[paragraphIndex]!)
    if (text === undefined) return { kind: 'noop' }
    if (roll < 0.42 || text.length === 0) {
      const index = random.int(text.length + 1)
      const inserted = randomText(random)
      text.insert(index, inserted)
      return { kind: 'text.insert', paragraph: paragraphIndex, index, text: inserted }
    }
    const index = random.int(text.length)
    const length = Math.min(text.length - index, random.between(1, 3))
    if (roll < 0.54) {
      text.delete(index, length)
      return { kind: 'text.delete', paragraph: paragraphIndex, index, length }
    }
    const mark = random.pick(['bold', 'italic', 'underline'])
    const on = random.chance(0.7)
    text.format(index, length, { [mark]: on ? true : null })
    return { kind: 'text.format', paragraph: paragraphIndex, index, length, mark, on }
  }
  const answers = doc.getMap<Y.Map<unknown>>('answers')
  if (roll < 0.68) {
    const item = `item-${random.int(12)}`
    const answer = new Y.Map<unknown>()
    answer.set('value', random.int(5))
    answer.set('note', randomText(random))
    answers.set(item, answer)
    return { kind: 'answer.replace', item }
  }
  if (roll < 0.78) {
    const item = `item-${random.int(12)}`
    const answer = answers.get(item)
    if (answer === undefined) return { kind: 'noop' }
    const field = random.pick(['value', 'note', 'evidence'])
    const value = field === 'value' ? random.int(5) : randomText(random)
    answer.set(field, value)
    return { kind: 'answer.field', item, field, value }
  }
  const ledger = doc.getMap<Y.Map<unknown>>('ledger')
  if (roll < 0.84) {
    const row = `row-${random.int(20)}`
    const fields = new Y.Map<unknown>()
    fields.set('ledgerKind', 'rectification')
    fields.set('position', random.int(1000))
    fields.set('problem', randomText(random))
    ledger.set(row, fields)
    return { kind: 'ledger.add', row }
  }
  if (roll < 0.93) {
    const row = `row-${random.int(20)}`
    const fields = ledger.get(row)
    if (fields === undefined) return { kind: 'noop' }
    const field = random.pick(['problem', 'measure', 'owner', 'position'])
    const value = field === 'position' ? random.int(1000) : randomText(random)
    fields.set(field, value)
    return { kind: 'ledger.field', row, field, value }
  }
  if (roll < 0.96) {
    const row = `row-${random.int(20)}`
    ledger.delete(row)
    return { kind: 'ledger.delete', row }
  }
  const field = random.pick(['topic', 'host', 'recorder', 'place'])
  const value = randomText(random)
  doc.getMap('meeting').set(field, value)
  return { kind: 'meeting.set', field, value }
}
