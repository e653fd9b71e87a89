import { lazyPort } from "../../src/taskpane/lazyPort";
import { fakePort } from "./fakePort";

describe("lazyPort", () => {
  it("loads the real port once, on first use, and forwards every call", async () => {
    const real = fakePort();
    const load = jest.fn(() => Promise.resolve(real));
    const port = lazyPort(load);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([port.language(), port.detect()]);
    await port.select({ sheet: "KPIs", row: 1, column: 2 });
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.calls.select).toEqual([{ sheet: "KPIs", row: 1, column: 2 }]);
    const onProgress = jest.fn();
    await port.evaluate({ kpiTable: { kind: "table", name: "T", sheet: "KPIs", address: "KPIs!A1:B2" }, strategy: {}, settings: { asOf: 1 }, language: "en" }, onProgress);
    expect(onProgress).toHaveBeenCalledWith("writing");
  });

  it("passes a failed load on to the caller", async () => {
    const port = lazyPort(() => Promise.reject(new Error("chunk failed")));
    await expect(port.detect()).rejects.toThrow("chunk failed");
  });
});
