import type { DuplicateReview, ReviewGroup } from "../engine/duplicates/reviewGroups";

/** What the user said of a group: merge it, or they are different customers. */
export type Decision = "accepted" | "rejected";

/** The review in the Doublons tab, as plain data so every key press is tested without a DOM. */
export interface ReviewState {
  readonly groups: readonly ReviewGroup[];
  /** Groups found, listed or not (the list stops at MAX_REVIEW_GROUPS). */
  readonly total: number;
  readonly headers: readonly string[];
  /** By group index; a group absent is still to decide. */
  readonly decisions: ReadonlyMap<number, Decision>;
  /** The group the keyboard is on (its details are open). */
  readonly focused: number;
}

export type ReviewEvent =
  | { readonly type: "load"; readonly review: DuplicateReview }
  | { readonly type: "move"; readonly to: "next" | "previous" | "first" | "last" | number }
  | { readonly type: "decide"; readonly group: number; readonly decision: Decision }
  /** Back to "to decide" (a second press on the same choice). */
  | { readonly type: "clear"; readonly group: number }
  | { readonly type: "acceptRest" }
  | { readonly type: "reset" };

export const EMPTY_REVIEW: ReviewState = { groups: [], total: 0, headers: [], decisions: new Map(), focused: 0 };

export function reviewReducer(state: ReviewState, event: ReviewEvent): ReviewState {
  const last = Math.max(0, state.groups.length - 1);
  switch (event.type) {
    case "load":
      return { groups: event.review.groups, total: event.review.total, headers: event.review.headers, decisions: new Map(), focused: 0 };
    case "reset":
      return EMPTY_REVIEW;
    case "move": {
      const to = event.to;
      const target = to === "next" ? state.focused + 1 : to === "previous" ? state.focused - 1 : to === "first" ? 0 : to === "last" ? last : to;
      return { ...state, focused: Math.min(last, Math.max(0, target)) };
    }
    case "decide": {
      if (event.group < 0 || event.group >= state.groups.length) return state;
      const decisions = new Map(state.decisions).set(event.group, event.decision);
      // Deciding moves on, as a reviewer goes down a list: to the next group, or stays on the last.
      return { ...state, decisions, focused: Math.min(last, event.group + 1) };
    }
    case "clear": {
      const decisions = new Map(state.decisions);
      decisions.delete(event.group);
      return { ...state, decisions };
    }
    case "acceptRest": {
      const decisions = new Map(state.decisions);
      state.groups.forEach((_g, i) => decisions.has(i) || decisions.set(i, "accepted"));
      return { ...state, decisions };
    }
  }
}

/** The groups "Fusionner" merges: each accepted one as its sheet rows. */
export function acceptedGroups(state: ReviewState): number[][] {
  return state.groups.filter((_g, i) => state.decisions.get(i) === "accepted").map((g) => [...g.rows]);
}

export interface ReviewCounts {
  readonly accepted: number;
  readonly rejected: number;
  readonly pending: number;
}

export function reviewCounts(state: ReviewState): ReviewCounts {
  let accepted = 0;
  let rejected = 0;
  for (const decision of state.decisions.values()) {
    if (decision === "accepted") accepted++;
    else rejected++;
  }
  return { accepted, rejected, pending: state.groups.length - accepted - rejected };
}

/** The keys of the list: arrows move, A or Enter accepts, R or Delete rejects. */
export function reviewEventOfKey(key: string, focused: number): ReviewEvent | null {
  switch (key) {
    case "ArrowDown":
      return { type: "move", to: "next" };
    case "ArrowUp":
      return { type: "move", to: "previous" };
    case "Home":
      return { type: "move", to: "first" };
    case "End":
      return { type: "move", to: "last" };
    case "a":
    case "A":
    case "Enter":
      return { type: "decide", group: focused, decision: "accepted" };
    case "r":
    case "R":
    case "Delete":
    case "Backspace":
      return { type: "decide", group: focused, decision: "rejected" };
    default:
      return null;
  }
}
