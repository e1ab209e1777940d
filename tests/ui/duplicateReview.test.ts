import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { DuplicateReview, ReviewGroup } from "../../src/engine/duplicates/reviewGroups";
import { acceptedGroups, EMPTY_REVIEW, reviewCounts, reviewEventOfKey, reviewReducer, type ReviewEvent, type ReviewState } from "../../src/ui/duplicateReview";

function group(rows: number[]): ReviewGroup {
  return { rows, survivor: rows[0]!, probability: 0.97, columns: [0], records: [], merged: ["x"] };
}

const REVIEW: DuplicateReview = { headers: ["Nom"], groups: [group([2, 9]), group([4, 5, 30]), group([7, 8])], total: 3 };

function run(events: ReviewEvent[], start: ReviewState = reviewReducer(EMPTY_REVIEW, { type: "load", review: REVIEW })): ReviewState {
  return events.reduce(reviewReducer, start);
}

function keys(...pressed: string[]): ReviewState {
  let state = reviewReducer(EMPTY_REVIEW, { type: "load", review: REVIEW });
  for (const key of pressed) {
    const event = reviewEventOfKey(key, state.focused);
    if (event) state = reviewReducer(state, event);
  }
  return state;
}

describe("the duplicate review (Doublons tab)", () => {
  it("starts on the first group, every group to decide", () => {
    const state = run([]);
    expect(state.focused).toBe(0);
    expect(reviewCounts(state)).toEqual({ accepted: 0, rejected: 0, pending: 3 });
    expect(acceptedGroups(state)).toEqual([]);
  });

  it("by keyboard: A accepts and moves on, R rejects, arrows move, Enter accepts", () => {
    const state = keys("a", "r", "ArrowUp", "ArrowUp", "ArrowDown", "ArrowDown", "Enter");
    expect([...state.decisions.entries()]).toEqual([
      [0, "accepted"],
      [1, "rejected"],
      [2, "accepted"],
    ]);
    expect(acceptedGroups(state)).toEqual([
      [2, 9],
      [7, 8],
    ]);
    expect(reviewCounts(state)).toEqual({ accepted: 2, rejected: 1, pending: 0 });
  });

  it("Delete and Backspace reject; Home and End jump; other keys do nothing", () => {
    expect(keys("End", "Delete").decisions.get(2)).toBe("rejected");
    expect(keys("End", "Home", "Backspace").decisions.get(0)).toBe("rejected");
    expect(reviewEventOfKey("x", 0)).toBeNull();
    expect(reviewEventOfKey("Tab", 0)).toBeNull();
  });

  it("a decision can be changed or taken back; Accept all keeps the rejections", () => {
    let state = run([
      { type: "decide", group: 1, decision: "rejected" },
      { type: "decide", group: 1, decision: "accepted" },
    ]);
    expect(state.decisions.get(1)).toBe("accepted");
    state = run([{ type: "clear", group: 1 }], state);
    expect(state.decisions.has(1)).toBe(false);
    state = run([{ type: "decide", group: 2, decision: "rejected" }, { type: "acceptRest" }], state);
    expect(acceptedGroups(state)).toEqual([
      [2, 9],
      [4, 5, 30],
    ]);
  });

  it("a new search starts the decisions afresh", () => {
    const state = run([
      { type: "decide", group: 0, decision: "accepted" },
      { type: "load", review: REVIEW },
    ]);
    expect(state.decisions.size).toBe(0);
    expect(run([{ type: "reset" }])).toBe(EMPTY_REVIEW);
  });

  it("whatever the keys pressed, focus stays on a group and the counts add up (property)", () => {
    const key = fc.constantFrom("ArrowUp", "ArrowDown", "Home", "End", "a", "A", "Enter", "r", "R", "Delete", "Backspace", "q");
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }), (pressed) => {
        const state = keys(...pressed);
        expect(state.focused).toBeGreaterThanOrEqual(0);
        expect(state.focused).toBeLessThan(REVIEW.groups.length);
        const counts = reviewCounts(state);
        expect(counts.accepted + counts.rejected + counts.pending).toBe(REVIEW.groups.length);
        expect(acceptedGroups(state).length).toBe(counts.accepted);
      }),
    );
  });

  it("an empty review never moves out of range", () => {
    expect(
      run(
        [
          { type: "move", to: "last" },
          { type: "decide", group: 0, decision: "accepted" },
        ],
        EMPTY_REVIEW,
      ),
    ).toEqual(EMPTY_REVIEW);
  });
});
