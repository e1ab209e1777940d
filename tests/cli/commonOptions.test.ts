import { describe, expect, it } from "vitest";
import { runCli } from "./cliHarness";

const SHARED = ["--report <file.json>", "--sheet <name>", "--header-row <n>", "--lang <fr|en>", "--progress"];

describe("the options every command shares", () => {
  it("are declared once: each job command lists them with the same words", async () => {
    const lines = new Map<string, Set<string>>();
    for (const command of ["inspect", "structure", "dedupe", "score", "run", "comply", "predict", "segment"]) {
      const { code, stdout } = await runCli([command, "--help"]);
      expect(code, command).toBe(0);
      const help = stdout.replace(/\n\s+(?=[^\s-])/g, " ");
      for (const option of SHARED) {
        const line = help.split("\n").find((l) => l.trim().startsWith(option));
        expect(line, `${command} ${option}`).toBeDefined();
        lines.set(option, (lines.get(option) ?? new Set()).add(line!.trim().replace(/\s+/g, " ")));
      }
      expect(help.includes("-o, --output <file.xlsx>"), command).toBe(command !== "inspect");
    }
    for (const [option, texts] of lines) expect([...texts], option).toHaveLength(1);
  });
});
