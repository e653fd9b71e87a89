import { effectiveColumns, requestColumns, rolesByColumn, withRole } from "../../src/taskpane/columnOverrides";
import type { ColumnMap } from "../../src/engine";

const detected: ColumnMap = { name: 0, target: 2, actual: 3, history: [4, 5] };

describe("column overrides", () => {
  it("shows the detected role of each column", () => {
    expect(rolesByColumn(detected, {}, 6)).toEqual(["name", "none", "target", "actual", "none", "none"]);
  });

  it("moves a role to the column the user chose and frees the old one", () => {
    const next = withRole(detected, {}, 1, "target", 6);
    expect(next).toEqual({ target: 1 });
    expect(rolesByColumn(detected, next, 6)).toEqual(["name", "target", "none", "actual", "none", "none"]);
  });

  it("drops a column's role with -1 when the user says it is not used", () => {
    expect(withRole(detected, {}, 3, "none", 6)).toEqual({ actual: -1 });
    expect(effectiveColumns(detected, { actual: -1 })).toEqual({ name: 0, target: 2, history: [4, 5] });
  });

  it("swapping a role back to where it was detected leaves no override", () => {
    const moved = withRole(detected, {}, 1, "target", 6);
    expect(withRole(detected, moved, 2, "target", 6)).toEqual({});
  });

  it("sends only roles moved to a column, not dropped ones", () => {
    // Column 2 (detected target) becomes the baseline: target is dropped (-1), baseline moves to 2.
    const next = withRole(detected, {}, 2, "baseline", 6);
    expect(next).toEqual({ target: -1, baseline: 2 });
    expect(requestColumns(next)).toEqual({ baseline: 2 });
    expect(requestColumns({ history: [4] })).toEqual({ history: [4] });
  });

  it("does not mutate its arguments", () => {
    const overrides = { target: 1 };
    withRole(detected, overrides, 0, "actual", 6);
    expect(overrides).toEqual({ target: 1 });
    expect(detected).toEqual({ name: 0, target: 2, actual: 3, history: [4, 5] });
  });
});
