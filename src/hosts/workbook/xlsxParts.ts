/*
 * Reading the skeleton of an .xlsx (ECMA-376 part 2, Open Packaging Conventions): relationship
 * parts and part names. Parts are found through relationships, never by their file names,
 * since other programs name and place them as they like (openpyxl: "/xl/worksheets/sheet1.xml",
 * "xl/comments/comment1.xml").
 */

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Absolute part name without the leading "/" for internal targets; the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

/** The .rels part describing a part's relationships: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

export function directoryOf(partName: string): string {
  return partName.slice(0, partName.lastIndexOf("/") + 1);
}

/** Relationships of the part whose .rels text is given; relative targets are resolved against sourceDir. */
export function parseRelationships(relsXml: string, sourceDir: string): Relationship[] {
  const found: Relationship[] = [];
  for (const match of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attributes = parseAttributes(match[1]!);
    const external = attributes.get("TargetMode") === "External";
    const raw = attributes.get("Target") ?? "";
    found.push({ id: attributes.get("Id") ?? "", type: attributes.get("Type") ?? "", target: external ? raw : resolvePartName(raw, sourceDir), external });
  }
  return found;
}

/** "../drawings/drawing1.xml" from "xl/worksheets/" → "xl/drawings/drawing1.xml"; "/xl/x.xml" → "xl/x.xml". */
export function resolvePartName(target: string, sourceDir: string): string {
  const path = decodeURIComponent(target.replace(/\\/g, "/"));
  const parts = (path.startsWith("/") ? path.slice(1) : sourceDir + path).split("/");
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== "." && part !== "") resolved.push(part);
  }
  return resolved.join("/");
}

/** The target of `to` written relative to `fromDir`, as Excel writes it. */
export function relativeTarget(to: string, fromDir: string): string {
  const from = fromDir.split("/").filter(Boolean);
  const target = to.split("/");
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...target.slice(common)].join("/");
}

export function relationshipsXml(relationships: readonly Relationship[], sourceDir: string): string {
  const items = relationships.map((r) => {
    const target = r.external ? r.target : relativeTarget(r.target, sourceDir);
    return `<Relationship Id="${escapeAttribute(r.id)}" Type="${escapeAttribute(r.type)}" Target="${escapeAttribute(target)}"${r.external ? ' TargetMode="External"' : ""}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.set(match[1]!, unescapeXml(match[2] ?? match[3] ?? ""));
  return attributes;
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower === "amp") return "&";
    if (lower === "lt") return "<";
    if (lower === "gt") return ">";
    if (lower === "quot") return '"';
    if (lower === "apos") return "'";
    const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/** The type's last segment: ".../relationships/worksheet" → "worksheet". */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}
