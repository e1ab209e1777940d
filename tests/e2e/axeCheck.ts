import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { waitForDrawn } from "./pageWaits";

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve("axe-core/axe.min.js");

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/**
 * axe-core run in the page (WCAG 2.x A and AA rules); returns the serious and critical findings.
 * Fluent's focus sentinels (Tabster's `<i data-tabster-dummy tabindex=0 aria-hidden>` around the
 * tab list) are left out: they only hand focus on to the next real control, never hold it.
 * Checked once the page is all drawn (no list or grid still drawn a batch a frame).
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  await waitForDrawn(page);
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: object, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    // Fluent fades a message bar in: checked mid-fade, its text's contrast is the fade's, not the
    // page's (a flaky color-contrast finding under load). The settled look is what is checked.
    for (const animation of document.getAnimations()) {
      try {
        animation.finish();
      } catch {
        // An endless animation (a spinner) cannot finish: it has no text to check.
      }
    }
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact ?? "", help: v.help, targets: v.nodes.map((n) => String(n.target[0])) }));
  });
}
