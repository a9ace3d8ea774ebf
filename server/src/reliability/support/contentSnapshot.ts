import type * as Y from 'yjs'
import { canonicalJson } from './canonicalJson'

/**
 * Everything a content-room Y.Doc holds in the layout of docs/architecture.md (the Tiptap fragment and the
 * block maps), as one canonical string: equal strings mean equal documents.
 */
export function contentSnapshot(doc: Y.Doc): string {
  return canonicalJson({
    // toJSON() of a fragment is its XML string, with attributes and marks in a fixed order.
    default: doc.getXmlFragment('default').toJSON(),
    meta: doc.getMap('meta').toJSON(),
    answers: doc.getMap('answers').toJSON(),
    meeting: doc.getMap('meeting').toJSON(),
    ledger: doc.getMap('ledger').toJSON(),
    appraisal: doc.getMap('appraisal').toJSON(),
    body: doc.getText('body').toJSON(),
  })
}
