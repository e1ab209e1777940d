/**
 * Offline checks of manifest.xml. `office-addin-manifest validate` needs the network, and the
 * published XSDs are in no npm package we could find (office-addin-manifest,
 * office-addin-manifest-converter, office-addin-validator ship none), so this checks what those
 * would: well-formed XML, resources, locales, URLs and icon sizes.
 * URLs are checked statically against webpack.config.js's BUILD_OUTPUTS and the PNGs that
 * CopyWebpackPlugin copies from src/assets; when dist/ exists (after `npm run build`) the files
 * must be there too. Running webpack here would cost ~1 min on 2 cores for every test run.
 */
import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
const DEV_ORIGIN = "https://localhost:3000/";
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

function all(pattern: RegExp, text = manifest): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(pattern, "g"))];
}

/** Resource ids declared under bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
function resources(kind: "Images" | "Urls" | "ShortStrings" | "LongStrings"): Map<string, string> {
  const section = new RegExp(`<bt:${kind}>([\\s\\S]*?)</bt:${kind}>`).exec(manifest)?.[1] ?? "";
  const out = new Map<string, string>();
  for (const m of all(/<bt:(?:Image|Url|String) id="([^"]+)"([\s\S]*?)(?:\/>|<\/bt:(?:Image|Url|String)>)/g, section)) {
    out.set(m[1]!, m[0]);
  }
  return out;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetFile(url: string): string {
  return path.join(root, "src", url.slice(DEV_ORIGIN.length));
}

describe("manifest.xml", () => {
  it.skipIf(!hasXmllint)("is well-formed XML (xmllint)", () => {
    expect(() => execFileSync("xmllint", ["--noout", path.join(root, "manifest.xml")], { stdio: "pipe" })).not.toThrow();
  });

  it("is a TaskPaneApp with a long-lived shared runtime on taskpane.html", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it("has ribbon buttons structure, score and the taskpane on the Home tab", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(all(/<FunctionName>(\w+)<\/FunctionName>/g).map((m) => m[1])).toEqual(["structure", "score", "predict"]);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it("resolves every resid to a resource of the right kind, ids of at most 32 characters", () => {
    const declared = new Map([...resources("Images"), ...resources("Urls"), ...resources("ShortStrings"), ...resources("LongStrings")]);
    const used = all(/resid="([^"]+)"/g).map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(20);
    for (const id of used) expect(declared.has(id), `resid ${id}`).toBe(true);
    for (const id of declared.keys()) expect(id.length, id).toBeLessThanOrEqual(32);
    for (const m of all(/<bt:Image size="\d+" resid="([^"]+)"/g)) expect(resources("Images").has(m[1]!)).toBe(true);
    expect(resources("Urls").has("Taskpane.Url")).toBe(true);
  });

  it("says everything in French (default) and English", () => {
    expect(manifest).toMatch(/<DefaultLocale>fr-FR<\/DefaultLocale>/);
    for (const tag of ["DisplayName", "Description"]) {
      expect(manifest).toMatch(new RegExp(`<${tag} DefaultValue="[^"]+">\\s*<Override Locale="en-US" Value="[^"]+"/>`));
    }
    const strings = new Map([...resources("ShortStrings"), ...resources("LongStrings")]);
    expect(strings.size).toBeGreaterThanOrEqual(10);
    for (const [id, xml] of strings) expect(xml, id).toMatch(/<bt:Override Locale="en-US" Value="[^"]+"\/>/);
    expect(resources("ShortStrings").get("Structure.Label")).toMatch(/DefaultValue="Structurer"[\s\S]*Value="Structure"/);
    expect(resources("ShortStrings").get("Score.Label")).toMatch(/DefaultValue="Scorer"[\s\S]*Value="Score"/);
  });

  it("points every https://localhost:3000 URL at a file the build writes", async () => {
    const { BUILD_OUTPUTS } = (await import(pathToFileURL(path.join(root, "webpack.config.js")).href)) as { BUILD_OUTPUTS: string[] };
    const urls = all(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g).map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    const dist = path.join(root, "dist");
    for (const url of urls) {
      expect(url.startsWith(DEV_ORIGIN), url).toBe(true);
      const file = url.slice(DEV_ORIGIN.length);
      if (file.startsWith("assets/")) expect(existsSync(assetFile(url)), url).toBe(true);
      else expect(BUILD_OUTPUTS, url).toContain(file);
      if (existsSync(path.join(dist, "taskpane.html"))) expect(existsSync(path.join(dist, file)), `dist/${file}`).toBe(true);
    }
  });

  it("has icons of the size each slot asks for", () => {
    const images = resources("Images");
    for (const m of all(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) {
      const url = /DefaultValue="([^"]+)"/.exec(images.get(m[2]!) ?? "")?.[1] ?? "";
      const size = pngSize(assetFile(url));
      expect(size, url).toEqual({ width: Number(m[1]), height: Number(m[1]) });
    }
    const icon = (tag: string) => assetFile(new RegExp(`<${tag} DefaultValue="([^"]+)"`).exec(manifest)?.[1] ?? "");
    expect(pngSize(icon("IconUrl"))).toEqual({ width: 32, height: 32 });
    expect(pngSize(icon("HighResolutionIconUrl"))).toEqual({ width: 64, height: 64 });
  });
});
