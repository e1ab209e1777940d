/**
 * Hands the output to the browser's download: a Blob the worker made (its bytes never pass
 * through this thread) and a link, no request to anyone (DESIGN.md §8).
 */
export function downloadBytes(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
