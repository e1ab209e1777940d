import { describe, expect, it } from "vitest";
import { IDLE, describeError, inspectReducer } from "../../src/taskpane/inspectState";
import type { Report } from "../../src/engine/report";

const report = { sheet: "Clients" } as unknown as Report;

describe("inspectReducer", () => {
  it("goes idle → running → done, then keeps the report during the next run", () => {
    const running = inspectReducer(IDLE, { type: "start" });
    expect(running).toEqual({ status: "running", previous: null });
    const done = inspectReducer(running, { type: "success", report });
    expect(done).toEqual({ status: "done", report });
    expect(inspectReducer(done, { type: "start" })).toEqual({ status: "running", previous: report });
  });

  it("keeps the error itself so its message follows the language", () => {
    const error = new Error("boom");
    expect(inspectReducer(IDLE, { type: "failure", error })).toEqual({ status: "error", error });
  });
});

describe("describeError", () => {
  it("says what it can about anything thrown", () => {
    expect(describeError(new Error("x"), "fr")).toEqual({ message: "x", actionable: false });
    expect(describeError("texte", "en")).toEqual({ message: "texte", actionable: false });
    expect(describeError(42, "fr")).toEqual({ message: "", actionable: false });
  });
});
