import { cleanText } from "../text/cleanText";

/**
 * The one reading of e-mail cells: structure checks and notes what it gives, duplicates
 * compares it (emailKey). Cleaned means lower case, "mailto:" and a display name's brackets
 * removed, spaces next to "@" or a dot dropped, wrapping punctuation taken off.
 */
export interface EmailCell {
  /** The addresses found, in order; the first is the cell's. */
  readonly addresses: readonly string[];
  /** The one address had spaces inside, removed ("jean dupont@free.fr"). */
  readonly spaceInside: boolean;
}

export function readEmailCell(value: string): EmailCell {
  let text = cleanText(value).toLowerCase();
  // "Jean Dupont <jean@orange.fr>" as mail programs copy it.
  const bracketed = /<([^<>]*@[^<>]*)>/.exec(text);
  if (bracketed?.[1] !== undefined) text = bracketed[1];
  text = text.replace(/mailto:/g, " ");
  // Spaces next to @ or a dot were never meant ("jean @ orange . fr").
  text = text.replace(/\s*([@.])\s*/g, "$1").trim();
  const pieces = text
    .split(/[\s,;]+/)
    .map(trimEnds)
    .filter((piece) => piece !== "");
  const withAt = pieces.filter((piece) => piece.includes("@"));
  if (withAt.length >= 2) return { addresses: withAt, spaceInside: false };
  const joined = trimEnds(pieces.join(""));
  return { addresses: joined ? [joined] : [], spaceInside: pieces.length > 1 && /\s/.test(text) };
}

/**
 * Brackets, double quotes and sentence punctuation around an address are not part of it.
 * Characters an address may start or end with ("'", "{", a leading ".") are only taken off
 * when they wrap it in pairs ('jean@free.fr'), so nothing of a real address is lost.
 */
function trimEnds(piece: string): string {
  let text = piece.replace(/^[\s<>"()[\]]+/, "").replace(/[\s<>"()[\].,;:]+$/, "");
  while (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) text = text.slice(1, -1);
  return text;
}

// "marie@orange,fr", "marie@orange fr": one address whose last dot was typed as a comma or a space.
const COMMA_FOR_DOT = /^([^\s@,;]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*)\s*[, ]\s*([a-z]{2,4})$/;

/** "marie@orange,fr" → its cleaned text and the address meant ("marie@orange.fr"), or null. */
export function commaForDot(value: string): { readonly typed: string; readonly meant: string } | null {
  const typed = cleanText(value).toLowerCase();
  const match = COMMA_FOR_DOT.exec(typed);
  return match ? { typed, meant: `${match[1]}.${match[2]}` } : null;
}

/** The mailbox part before "@": shared by "jean.dupont@gmail.com" and its typo "…@gmial.com". */
export function emailLocalPart(email: string): string {
  const at = email.indexOf("@");
  return at > 0 ? email.slice(0, at) : "";
}
