import { describe, expect, it } from "vitest";
import { DEFAULT_RESOLVED_STATUSES, parseStatusList, StatusMatcher } from "../../src/metrics/resolution-rate";

describe("resolution rate", () => {
  it("compares statuses trimmed and ignoring case; blanks are not tickets", () => {
    const statuses = ["Closed", " solved ", "Open", "", "   ", "RESOLVED", "Pending", null];
    const kinds = (resolved: readonly string[]) => {
      const matcher = new StatusMatcher(resolved);
      return statuses.map((s) => matcher.classify(s));
    };
    // 1 = resolved, 0 = another status, -1 = blank (not a ticket).
    expect(kinds(DEFAULT_RESOLVED_STATUSES)).toEqual([1, 1, 0, -1, -1, 1, 0, -1]);
    expect(kinds(["Closed"])).toEqual([1, 0, 0, -1, -1, 0, 0, -1]);
  });

  it("parses a list of statuses", () => {
    expect(parseStatusList("Resolved, Solved;Closed ,, ")).toEqual(["Resolved", "Solved", "Closed"]);
  });

  it("classifies many distinct values the same way as few", () => {
    const matcher = new StatusMatcher(["Done"]);
    for (let i = 0; i < 20; i++) expect(matcher.classify(`status ${i}`)).toBe(0);
    expect(matcher.classify("done")).toBe(1);
    expect(matcher.classify(" DONE ")).toBe(1);
    expect(matcher.classify(42)).toBe(0);
    expect(matcher.classify("")).toBe(-1);
  });
});
