import { translate, type MessageKey, type MessageParams } from "./i18n/messages";
import type { Lang } from "./i18n/lang";
import type { Localized } from "./localizedError";

/**
 * An error the user can act on: a stable code for tests and exit statuses, and a message in
 * the user's language saying what went wrong and what to do. Anything else that is thrown is
 * a bug, and hosts report it as such.
 */
export type TriaErrorCode =
  | "fileNotFound"
  | "unreadable"
  | "isFolder"
  | "unsupportedFormat"
  | "notSpreadsheet"
  | "openDocumentSheet"
  | "binaryFile"
  | "legacyXls"
  | "passwordProtected"
  | "emptyWorkbook"
  | "emptySheet"
  | "sheetNotFound"
  | "noDataRows"
  | "tooManyColumns"
  | "outputIsInput"
  | "badOption"
  | "missingColumn"
  | "unpacksTooBig"
  | "csvUnclosedQuote"
  | "unsplitCsv"
  | "tooWide"
  | "featuresNotKept"
  | "tooBigToRewrite"
  | "writeDenied"
  | "outputIsFolder"
  | "cannotWrite";

export class TriaError extends Error implements Localized {
  constructor(
    readonly code: TriaErrorCode,
    readonly params: MessageParams = {},
  ) {
    super(translate("en", `error.${code}` as MessageKey, params));
    this.name = "TriaError";
  }

  /** The message in the user's language. */
  messageIn(lang: Lang): string {
    return translate(lang, `error.${this.code}` as MessageKey, this.params);
  }
}

export function isTriaError(error: unknown): error is TriaError {
  return error instanceof TriaError;
}
