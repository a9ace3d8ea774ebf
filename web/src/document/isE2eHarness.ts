/**
 * Whether the page runs under the end-to-end harness (`?e2e` in the URL or `localStorage['zhibu.e2e']`
 * set by the test's init script). Only then does the page expose its sync objects on `window.__zhibu`.
 * Exposing them grants nothing a user's devtools could not do; the server enforces every permission.
 */
export function isE2eHarness(): boolean {
  try {
    return (
      new URLSearchParams(window.location.search).has('e2e') ||
      window.localStorage.getItem('zhibu.e2e') === '1'
    )
  } catch {
    return false
  }
}
