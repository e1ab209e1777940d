import { describe, expect, it } from "vitest";
import { describeError } from "../../src/ui/describeError";
import { TriaError } from "../../src/engine/errors";
import { WorkerJobError } from "../../src/app/workerError";
import { serializeError } from "../../src/app/workerError";

describe("describeError", () => {
  it("says what it can about anything thrown", () => {
    expect(describeError(new Error("x"), "fr")).toEqual({ message: "x", actionable: false });
    expect(describeError("texte", "en")).toEqual({ message: "texte", actionable: false });
    expect(describeError(42, "fr")).toEqual({ message: "", actionable: false });
  });

  it("a TriaError, even after crossing the worker, speaks the pane's language and says what to do", () => {
    const error = new TriaError("emptySheet", { sheet: "Clients" });
    const crossed = new WorkerJobError(structuredClone(serializeError(error)));
    for (const lang of ["fr", "en"] as const) {
      expect(describeError(error, lang)).toEqual({ message: error.messageIn(lang), actionable: true });
      expect(describeError(crossed, lang)).toEqual({ message: error.messageIn(lang), actionable: true });
    }
  });

  it("a bug that crossed the worker keeps its message and gets the generic advice", () => {
    const crossed = new WorkerJobError(serializeError(new RangeError("Invalid array length")));
    expect(describeError(crossed, "fr")).toEqual({ message: "Invalid array length", actionable: false });
  });
});
