import { startTransition, useEffect, useMemo, useState } from "react";

/**
 * How many of `total` items to draw now (issue 11: no task over 100 ms on the web page): `first`
 * at once, then `step` more after each frame, in a task of its own, until all are drawn. A long
 * list or a wide grid drawn in one frame was one task of 0.1-0.3 s on a loaded 2-core machine,
 * mostly layout of what is off screen. `reset` changes when what is listed does (another page,
 * a filter, a new result): drawing starts again from the top.
 */
export function useReveal(total: number, first: number, step: number, reset: unknown): number {
  const start = Math.min(total, first);
  const [state, setState] = useState({ reset, shown: start });
  // Adjusted while rendering (React's way to follow new props): never a frame with every item.
  const shown = state.reset === reset ? state.shown : start;
  if (state.reset !== reset) setState({ reset, shown: start });
  useEffect(() => {
    if (shown >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the frame that laid out the last batch: its layout and the next render are separate tasks.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setState((last) => ({ reset: last.reset, shown: last.shown + step }))), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, total, step]);
  return Math.min(shown, total);
}

/** A value that changes whenever one of `parts` does: a `reset` for useReveal. */
export function useChangeKey(...parts: unknown[]): object {
  return useMemo(() => ({}), parts);
}
