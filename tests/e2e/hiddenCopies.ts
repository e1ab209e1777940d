import type { Page } from "playwright-core";

/**
 * Records, from the page's first script on, the test id of every element added to the document
 * under a hidden or inert ancestor: a hidden copy of what the page shows (the results drawn
 * ahead while a first run works, WarmUp.tsx) that a test querying the whole page could read
 * instead of the real one. Install before the page loads (OpenOptions.beforeGoto).
 */
export async function recordHiddenCopies(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __hiddenCopies: string[] }).__hiddenCopies = seen;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const element of [node, ...node.querySelectorAll("[data-testid]")]) {
            const id = element.getAttribute("data-testid");
            if (id && element.closest("[hidden], [inert]")) seen.push(id);
          }
        }
    }).observe(document, { subtree: true, childList: true });
  });
}

/** The test ids recordHiddenCopies saw in a hidden subtree so far (distinct). */
export async function hiddenCopies(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set((window as unknown as { __hiddenCopies: string[] }).__hiddenCopies)]);
}
