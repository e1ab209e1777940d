import { describe, expect, it } from "vitest";
import { createInspectRequests } from "../../src/ui/inspectRequests";

describe("inspect requests (ribbon → taskpane)", () => {
  it("runs the subscribed listener and waits for it", async () => {
    const requests = createInspectRequests();
    const order: string[] = [];
    requests.subscribe(async () => {
      await Promise.resolve();
      order.push("inspected");
    });
    await requests.request();
    order.push("completed");
    expect(order).toEqual(["inspected", "completed"]);
  });

  it("keeps a request made before the pane subscribed, and runs it once", async () => {
    const requests = createInspectRequests();
    let runs = 0;
    await requests.request();
    requests.subscribe(async () => void runs++);
    requests.subscribe(async () => void runs++);
    expect(runs).toBe(1);
  });

  it("stops calling a listener after unsubscribe", async () => {
    const requests = createInspectRequests();
    let runs = 0;
    const unsubscribe = requests.subscribe(async () => void runs++);
    unsubscribe();
    await requests.request();
    expect(runs).toBe(0);
  });
});
