import { spawnSync } from "node:child_process";

/**
 * A python3 that can import pandas (Debian's python3-pandas lives in /usr/bin/python3, which a
 * pyenv shim may hide), or null: the bench then skips the comparison and says so.
 */
export function pandasPython(): string | null {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const probe = spawnSync(candidate, ["-c", "import pandas"], { stdio: "ignore" });
    if (probe.status === 0) return candidate;
  }
  return null;
}
