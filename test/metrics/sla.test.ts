import { describe, expect, it } from "vitest";
import { HOUR_MS, MINUTE_MS } from "../../src/metrics/calendar";
import { slaCounts } from "../../src/metrics/sla";

describe("slaCounts", () => {
  it("meets the target when elapsed ≤ target, exactly on target included", () => {
    const elapsed = [HOUR_MS, 90 * MINUTE_MS, 90 * MINUTE_MS + 1, 4 * HOUR_MS];
    expect(slaCounts(elapsed, 1.5)).toEqual({ met: 2, total: 4 });
    expect(slaCounts(elapsed, 4)).toEqual({ met: 4, total: 4 });
    expect(slaCounts(elapsed, 0)).toEqual({ met: 0, total: 4 });
    expect(slaCounts([0], 0)).toEqual({ met: 1, total: 1 });
  });

  it("treats fractional targets exactly (0.1 h = 6 minutes)", () => {
    expect(slaCounts([6 * MINUTE_MS], 0.1)).toEqual({ met: 1, total: 1 });
    expect(slaCounts([6 * MINUTE_MS + 1], 0.1)).toEqual({ met: 0, total: 1 });
  });

  it("skips missing values", () => {
    expect(slaCounts([Number.NaN, HOUR_MS], 2)).toEqual({ met: 1, total: 1 });
  });
});
