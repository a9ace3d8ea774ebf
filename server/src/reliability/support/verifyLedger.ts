import { connectProvider, waitForSync } from '../../testing/connectProvider'
import type { AckLedger, LedgerEdit } from './AckLedger'
import { LedgerClient } from './LedgerClient'

/**
 * Reads the document back through a fresh client (empty Y.Doc, so nothing comes from a cache) and checks every
 * edit the ledger promised; returns the ones missing (also recorded as lost in the ledger).
 */
export async function verifyLedger(
  syncUrl: string,
  docId: string,
  token: string,
  ledger: AckLedger,
): Promise<LedgerEdit[]> {
  const verifier = connectProvider(syncUrl, docId, token)
  try {
    await waitForSync(verifier)
    return ledger.verify(LedgerClient.presenceIn(verifier.doc))
  } finally {
    verifier.destroy()
    verifier.doc.destroy()
  }
}
