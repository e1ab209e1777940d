import type { Lang } from "../engine/i18n/lang";
import { langFromLocale } from "../engine/i18n/lang";

/**
 * The error a custom function throws on bad input. In Excel it must be a CustomFunctions.Error
 * so the cell shows #VALUE! with our message on hover (Microsoft docs, "Handle and return errors
 * from your custom function"); in unit tests and outside Excel the CustomFunctions global does
 * not exist, so we fall back to a plain Error carrying the same code and message.
 */
export class InvalidValueError extends Error {
  readonly code = "#VALUE!";
}

/** The slice of the CustomFunctions global we use (@types/custom-functions-runtime is not a dependency). */
interface CustomFunctionsGlobal {
  readonly Error: new (code: string, message?: string) => Error;
  readonly ErrorCode: { readonly invalidValue: string };
}

export function invalidValue(message: string): Error {
  const runtime = (globalThis as { CustomFunctions?: CustomFunctionsGlobal }).CustomFunctions;
  if (runtime && typeof runtime.Error === "function") {
    return new runtime.Error(runtime.ErrorCode.invalidValue, message);
  }
  return new InvalidValueError(message);
}

/**
 * Excel's display language when running in Office, the Google account's locale in Sheets (the
 * same functions run there), French otherwise (French users first).
 */
export function functionLang(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const sheets = (globalThis as { Session?: { getActiveUserLocale?: () => string } }).Session;
  return langFromLocale(office?.context?.displayLanguage ?? sheets?.getActiveUserLocale?.());
}
