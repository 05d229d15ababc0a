import { describe, expect, it } from "vitest";
import { monthIn, newestFirst, pickMonth } from "../../src/ui/months";

describe("newestFirst", () => {
  it("orders months newest first, once each, dropping what is not a YYYY-MM month", () => {
    expect(newestFirst(["2025-12", "2026-01", "2025-02", "2026-01", "2025-13", "May", "2025-1"])).toEqual([
      "2026-01",
      "2025-12",
      "2025-02",
    ]);
    expect(newestFirst([])).toEqual([]);
  });
});

describe("pickMonth", () => {
  const months = ["2026-08", "2026-09", "2026-10"];

  it("keeps the preferred month when it has data", () => {
    expect(pickMonth(months, "2026-08", "2026-10")).toBe("2026-08");
  });

  it("otherwise takes the last full month, else the newest", () => {
    expect(pickMonth(months, "2020-01", "2026-10")).toBe("2026-09");
    expect(pickMonth(months, null, "2026-11")).toBe("2026-10");
    expect(pickMonth(months, null, "2026-08")).toBe("2026-10");
    expect(pickMonth([], "2026-08", "2026-10")).toBe("");
  });
});

describe("monthIn", () => {
  it("reads the month in the spreadsheet's time zone, across a DST change", () => {
    // 23:30 UTC on 31 Oct 2026 is 00:30 on 1 Nov in Stockholm (CET, after DST ended on 25 Oct).
    const lateOctober = new Date("2026-10-31T23:30:00Z");
    expect(monthIn(lateOctober, "Europe/Stockholm")).toBe("2026-11");
    expect(monthIn(lateOctober, "America/Los_Angeles")).toBe("2026-10");
    // 22:30 UTC on 31 Mar 2026 is 00:30 on 1 Apr in Stockholm (CEST, UTC+2).
    expect(monthIn(new Date("2026-03-31T22:30:00Z"), "Europe/Stockholm")).toBe("2026-04");
    expect(monthIn(new Date("2026-03-31T22:30:00Z"), "Europe/London")).toBe("2026-03");
  });

  it("falls back to UTC for a time zone it does not know", () => {
    expect(monthIn(new Date("2026-10-31T23:30:00Z"), "Mars/Olympus_Mons")).toBe("2026-10");
  });
});
