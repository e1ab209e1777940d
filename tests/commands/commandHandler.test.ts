import { describe, expect, it, vi } from "vitest";
import { commandHandler } from "../../src/commands/commandHandler";

describe("commandHandler", () => {
  it("calls event.completed() after the job", async () => {
    const order: string[] = [];
    await commandHandler(async () => void order.push("job"))({ completed: () => order.push("completed") });
    expect(order).toEqual(["job", "completed"]);
  });

  it("calls event.completed() even when the job fails", async () => {
    const completed = vi.fn();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await commandHandler(() => Promise.reject(new Error("Excel busy")))({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    quiet.mockRestore();
  });
});
