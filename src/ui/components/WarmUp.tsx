import { memo, startTransition, useEffect, useState, type ReactNode } from "react";

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
 * the styles in place. display: none: nothing laid out; inert, aria-hidden: nothing reached.
 */
export const WarmUp = memo(function WarmUp({ name, stages }: WarmUpProps) {
  const [stage, setStage] = useState(done.has(name) ? stages.length + 1 : 0);
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
  if (stage === 0 || stage > stages.length) return null;
  return (
    <div hidden aria-hidden="true" inert>
      {stages.slice(0, stage).map((draw, index) => (
        <div key={index}>{draw()}</div>
      ))}
    </div>
  );
});
