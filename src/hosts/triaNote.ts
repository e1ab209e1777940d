/** Tria's part of a cell note starts here, so a second run replaces it and keeps the user's. */
export const NOTE_MARKER = "— Tria —";

/** Keep what the user wrote in a note; replace only Tria's part from an earlier run. */
export function withTriaNote(existing: string, tria: string): string {
  const users = existing.split(NOTE_MARKER)[0]!.trimEnd();
  return users === "" ? `${NOTE_MARKER}\n${tria}` : `${users}\n${NOTE_MARKER}\n${tria}`;
}
