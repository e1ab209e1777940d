import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The docs as a user meets them on GitHub: README stays short (issue 17: ≤ 20 kB), every link
 * between README and docs/ reaches a file and, with a #fragment, a heading there (GitHub's
 * anchors), and the user docs exist in French and English, each version linking to the other.
 */
const root = path.resolve(import.meta.dirname, "../..");
const docsDir = path.join(root, "docs");
const docs = readdirSync(docsDir).filter((name) => name.endsWith(".md"));
const markdownFiles = ["README.md", ...docs.map((name) => `docs/${name}`)];
/** Developer reference, English only on purpose (the brief: French users come first, for what users read). */
const ENGLISH_ONLY = new Set(["development.md"]);

/** The text outside ``` fences: a `#` or a link in a code sample is not a heading or a link. */
function proseLines(text: string): string[] {
  let inFence = false;
  return text.split("\n").filter((line) => {
    if (line.trimStart().startsWith("```")) {
      inFence = !inFence;
      return false;
    }
    return !inFence;
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped (letters with accents kept), spaces → hyphens. */
function anchorOf(heading: string): string {
  const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
}

function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(readFileSync(path.join(root, file), "utf8"))) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading === null) continue;
    const base = anchorOf(heading[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Relative links of a Markdown file: `[text](target)` and `<img src="target">`. */
function linksOf(file: string): string[] {
  const prose = proseLines(readFileSync(path.join(root, file), "utf8")).join("\n");
  const targets = [...prose.matchAll(/\]\(([^)\s]+)\)/g), ...prose.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
  return targets.filter((target) => !/^[a-z]+:/i.test(target));
}

describe("README and docs/", () => {
  it("README stays short: at most 20 kB", () => {
    expect(statSync(path.join(root, "README.md")).size).toBeLessThanOrEqual(20_000);
  });

  it.each(markdownFiles)("every relative link of %s reaches a file and a heading", (file) => {
    const broken: string[] = [];
    for (const link of linksOf(file)) {
      const [target, fragment] = link.split("#") as [string, string | undefined];
      const resolved = target === "" ? path.join(root, file) : path.resolve(path.dirname(path.join(root, file)), decodeURI(target));
      if (!existsSync(resolved)) broken.push(`${link} (no such file)`);
      else if (fragment !== undefined && resolved.endsWith(".md") && !anchorsOf(path.relative(root, resolved)).has(decodeURIComponent(fragment))) {
        broken.push(`${link} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("every user doc has a French version, and each version links to the other", () => {
    const missing: string[] = [];
    for (const english of docs.filter((name) => !name.endsWith(".fr.md") && !ENGLISH_ONLY.has(name))) {
      const french = english.replace(/\.md$/, ".fr.md");
      if (!docs.includes(french)) {
        missing.push(`docs/${french} is missing`);
        continue;
      }
      if (!linksOf(`docs/${english}`).some((link) => link.split("#")[0] === french)) missing.push(`docs/${english} does not link to ${french}`);
      if (!linksOf(`docs/${french}`).some((link) => link.split("#")[0] === english)) missing.push(`docs/${french} does not link to ${english}`);
    }
    expect(missing).toEqual([]);
  });

  it("a French doc links to the French version of every doc that has one", () => {
    const english = docs.filter((name) => docs.includes(name.replace(/\.md$/, ".fr.md")));
    const toEnglish = docs
      .filter((name) => name.endsWith(".fr.md"))
      .flatMap((french) =>
        linksOf(`docs/${french}`)
          .filter((link) => english.includes(link.split("#")[0]!) && link.split("#")[0] !== french.replace(/\.fr\.md$/, ".md"))
          .map((link) => `${french} → ${link}`),
      );
    expect(toEnglish).toEqual([]);
  });

  it("README points to the French version of every doc that has one", () => {
    const readmeLinks = new Set(linksOf("README.md").map((link) => link.split("#")[0]));
    const unlinked = docs.filter((name) => name.endsWith(".fr.md")).filter((name) => !readmeLinks.has(`docs/${name}`));
    expect(unlinked).toEqual([]);
  });
});
