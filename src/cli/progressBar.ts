import type { ProgressListener } from "../hosts/host";

/**
 * A one-line progress bar on stderr, redrawn in place; silent when stderr is not a terminal
 * (CI logs, pipes) unless forced, so that --json output and logs stay clean.
 */
export function progressBar(stream: NodeJS.WriteStream, force = false): { listener: ProgressListener; done: () => void } {
  const active = force || stream.isTTY === true;
  let lastDraw = 0;
  let drawn = false;
  const listener: ProgressListener = ({ phase, done, total }) => {
    if (!active) return;
    const now = Date.now();
    if (now - lastDraw < 100 && done < total) return;
    lastDraw = now;
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const width = 24;
    const filled = Math.round(share * width);
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    stream.write(
      `\r${phase.padEnd(10)} ${bar} ${String(Math.round(share * 100)).padStart(3)} %  ${done.toLocaleString("fr-FR")} / ${total.toLocaleString("fr-FR")}   `,
    );
    drawn = true;
  };
  const done = () => {
    if (drawn) stream.write("\r\x1b[2K");
  };
  return { listener, done };
}
