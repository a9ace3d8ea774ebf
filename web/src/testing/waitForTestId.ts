/**
 * Lets the page settle until an element with the test id is in the document (dialogs and popovers render into
 * body, lazy views arrive a few ticks later), so a loaded test machine waits longer instead of failing.
 */
export async function waitForTestId(
  page: { settle: () => Promise<void> },
  testId: string,
): Promise<HTMLElement> {
  for (let round = 0; round < 50; round++) {
    const element = document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
    if (element !== null) return element
    await page.settle()
  }
  throw new Error(`no element with data-testid=${testId}`)
}
