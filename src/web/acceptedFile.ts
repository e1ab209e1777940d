/** The stand-alone page reads what the workbook host reads: Excel workbooks, CSV and text exports. */
export const ACCEPTED_EXTENSIONS = [".xlsx", ".csv", ".txt"] as const;

export function isAcceptedFile(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
