import { describe, expect, it } from "vitest";
import { fcrCounts } from "../../src/metrics/fcr";

describe("fcrCounts", () => {
  it("counts resolved tickets within max contacts; unknown counts are skipped", () => {
    expect(fcrCounts([1, 2, 1, 3, Number.NaN])).toEqual({ within: 2, resolved: 4 });
    expect(fcrCounts([1, 2, 1, 3], 2)).toEqual({ within: 3, resolved: 4 });
    expect(fcrCounts([])).toEqual({ within: 0, resolved: 0 });
  });
});
