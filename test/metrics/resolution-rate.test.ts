import { describe, expect, it } from "vitest";
import {
  DEFAULT_RESOLVED_STATUSES,
  parseStatusList,
  resolutionCounts,
  StatusMatcher,
} from "../../src/metrics/resolution-rate";

describe("resolution rate", () => {
  it("compares statuses trimmed and ignoring case; blanks are not tickets", () => {
    const statuses = ["Closed", " solved ", "Open", "", "   ", "RESOLVED", "Pending", null];
    expect(resolutionCounts(statuses, DEFAULT_RESOLVED_STATUSES)).toEqual({ resolved: 3, tickets: 5 });
    expect(resolutionCounts(statuses, ["Closed"])).toEqual({ resolved: 1, tickets: 5 });
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
