import { memo, startTransition, useEffect, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";

/** Warm-ups already done on this page: the styles they inserted stay for the page's life. */
const done = new Set<string>();

export interface WarmUpProps {
  /** Once per page and name. */
  readonly name: string;
  /** Drawn one after the other, each in a commit of its own, never shown. */
  readonly stages: readonly (() => ReactNode)[];
}

/**
 * Draws components the page is about to show, hidden, while it waits for a worker (issue 11):
 * the first commit of a Fluent component inserts its Griffel styles and wires tabster, and on
 * the results of a 50,000-row Structure that was ~250 ms of one task the moment they came.
 * Done here, a stage a frame, while the page has nothing else to do, that first commit finds
 * the styles in place. Drawn into an element that is never put in the document: nothing laid
 * out, nothing reached by keyboard or screen reader, and nothing a query of the page can find
 * (a copy of the results with the same test ids, hidden in the page, was one a test could read).
 * The styles still go to the page: Griffel and tabster take the document from Fluent's context.
 */
export const WarmUp = memo(function WarmUp({ name, stages }: WarmUpProps) {
  const [stage, setStage] = useState(done.has(name) ? stages.length + 1 : 0);
  // No document when rendered to a string (the UI tests): nothing to warm up there.
  const [offPage] = useState(() => (typeof document === "undefined" ? null : document.createElement("div")));
  useEffect(() => {
    if (stage > stages.length) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setStage((n) => n + 1)), 0);
    });
    if (stage === stages.length) done.add(name);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [stage, stages.length, name]);
  if (stage === 0 || stage > stages.length || !offPage) return null;
  return createPortal(
    stages.slice(0, stage).map((draw, index) => <div key={index}>{draw()}</div>),
    offPage,
  );
});
