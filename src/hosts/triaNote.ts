/** Tria's part of a cell note starts here, so a second run replaces it and keeps the user's. */
export const NOTE_MARKER = "— Tria —";

/** Keep what the user wrote in a note; replace only Tria's part from an earlier run. */
export function withTriaNote(existing: string, tria: string): string {
  const users = existing.split(NOTE_MARKER)[0]!.trimEnd();
  return users === "" ? `${NOTE_MARKER}\n${tria}` : `${users}\n${NOTE_MARKER}\n${tria}`;
}

/** The note without Tria's part: what the user wrote, or "" when Tria wrote it all. */
export function withoutTriaNote(note: string): string {
  return note.includes(NOTE_MARKER) ? note.split(NOTE_MARKER)[0]!.trimEnd() : note;
}
