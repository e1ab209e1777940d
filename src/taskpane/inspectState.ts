import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { isTriaError } from "../engine/errors";

/** What the taskpane shows, as plain data so the transitions are tested without a DOM. */
export type InspectState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly previous: Report | null }
  | { readonly status: "done"; readonly report: Report }
  | { readonly status: "error"; readonly error: unknown };

export type InspectEvent =
  | { readonly type: "start" }
  | { readonly type: "success"; readonly report: Report }
  | { readonly type: "failure"; readonly error: unknown };

export const IDLE: InspectState = { status: "idle" };

export function inspectReducer(state: InspectState, event: InspectEvent): InspectState {
  switch (event.type) {
    case "start":
      // Keep the last report on screen while a new run goes, so the pane does not flash empty.
      return { status: "running", previous: state.status === "done" ? state.report : null };
    case "success":
      return { status: "done", report: event.report };
    case "failure":
      // The error itself is kept: its message is chosen at render time, in the current language.
      return { status: "error", error: event.error };
  }
}

export interface ErrorDescription {
  readonly message: string;
  /** True when the message already says what to do (a TriaError); otherwise the view adds advice. */
  readonly actionable: boolean;
}

/** The text to show for anything thrown; empty when nothing useful can be said. */
export function describeError(error: unknown, lang: Lang): ErrorDescription {
  if (isTriaError(error)) return { message: error.messageIn(lang), actionable: true };
  if (error instanceof Error) return { message: error.message, actionable: false };
  if (typeof error === "string") return { message: error, actionable: false };
  return { message: "", actionable: false };
}
