/** The stand-alone page reads what the workbook host reads: Excel workbooks and CSV files. */
export const ACCEPTED_EXTENSIONS = [".xlsx", ".csv"] as const;

export function isAcceptedFile(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
