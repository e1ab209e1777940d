import type { TriaErrorCode } from "../engine/errors";

/** Exit statuses, documented in README: scripts can tell a user mistake from a bug. */
export const EXIT = {
  ok: 0,
  bug: 1,
  usage: 2,
  fileNotFound: 3,
  unreadableFile: 4,
  noData: 5,
  cannotWrite: 6,
} as const;

export function exitCodeFor(code: TriaErrorCode): number {
  switch (code) {
    case "fileNotFound":
      return EXIT.fileNotFound;
    case "outputIsInput":
    case "badOption":
      return EXIT.usage;
    case "unreadable":
    case "isFolder":
    case "unsupportedFormat":
    case "notSpreadsheet":
    case "openDocumentSheet":
    case "binaryFile":
    case "legacyXls":
    case "passwordProtected":
    case "unpacksTooBig":
    case "csvUnclosedQuote":
    case "unsplitCsv":
      return EXIT.unreadableFile;
    case "emptyWorkbook":
    case "emptySheet":
    case "sheetNotFound":
    case "noDataRows":
    case "missingColumn":
    case "tooManyColumns":
    case "tooWide":
      return EXIT.noData;
    case "featuresNotKept":
    case "tooBigToRewrite":
    case "writeDenied":
    case "outputIsFolder":
    case "cannotWrite":
      return EXIT.cannotWrite;
  }
}
