import { describe, expect, it } from "vitest";
import { isTextTime, parseTextTime } from "../../../src/input/values/text-time";
import { zoneClock } from "../../../src/metrics/zoned-time";

const utc = (local: number) => local;
const stockholm = (local: number) => zoneClock("Europe/Stockholm").toInstant(local);

describe("parseTextTime", () => {
  it("reads year-first date-times as wall-clock readings in the zone", () => {
    expect(parseTextTime("2012/10/09 14:50:17.000", utc)).toBe(Date.UTC(2012, 9, 9, 14, 50, 17));
    // Stockholm is UTC+2 in October 2012 (summer time until the 28th).
    expect(parseTextTime("2012/10/09 14:50:17.000", stockholm)).toBe(Date.UTC(2012, 9, 9, 12, 50, 17));
    // …and UTC+1 in winter.
    expect(parseTextTime("2026-01-15 08:00", stockholm)).toBe(Date.UTC(2026, 0, 15, 7, 0));
    expect(parseTextTime("2026-10-01", stockholm)).toBe(Date.UTC(2026, 8, 30, 22, 0));
    expect(parseTextTime("2026.3.7 9:05:01", utc)).toBe(Date.UTC(2026, 2, 7, 9, 5, 1));
    expect(parseTextTime("  2026-03-07T09:05:01.123456 ", utc)).toBe(Date.UTC(2026, 2, 7, 9, 5, 1, 123));
    expect(parseTextTime("2026年10月1日 09:30", utc)).toBe(Date.UTC(2026, 9, 1, 9, 30));
    expect(parseTextTime("2026年10月1日", utc)).toBe(Date.UTC(2026, 9, 1));
  });

  it("takes an explicit zone or offset as written, whatever the spreadsheet's zone", () => {
    expect(parseTextTime("2026-10-01T09:30:00Z", stockholm)).toBe(Date.UTC(2026, 9, 1, 9, 30));
    expect(parseTextTime("2026-10-01T09:30:00+02:00", utc)).toBe(Date.UTC(2026, 9, 1, 7, 30));
    expect(parseTextTime("2026-10-01 09:30:00 -0530", utc)).toBe(Date.UTC(2026, 9, 1, 15, 0));
    expect(parseTextTime("2026-10-01 09:30 UTC", stockholm)).toBe(Date.UTC(2026, 9, 1, 9, 30));
  });

  it("follows the zone across a DST change", () => {
    // 2026-03-29 02:30 does not exist in Stockholm: the clock jumps from 02:00 to 03:00 (01:00 UTC).
    expect(parseTextTime("2026-03-29 03:00", stockholm)).toBe(Date.UTC(2026, 2, 29, 1, 0));
    expect(parseTextTime("2026-03-29 01:59", stockholm)).toBe(Date.UTC(2026, 2, 29, 0, 59));
  });

  it("refuses ambiguous, impossible and non-date texts", () => {
    for (const text of [
      "05/03/2026",
      "5.3.2026",
      "03-05-26",
      "2026-02-30",
      "2026-13-01",
      "2026-01-01 24:00",
      "2026-01-01 10:60",
      "2026/01-01",
      "yesterday",
      "12345",
      "",
      "2026-01-01 10:00 banana",
    ]) {
      expect(parseTextTime(text, utc), text).toBeNaN();
      expect(isTextTime(text), text).toBe(false);
    }
    expect(parseTextTime("2024-02-29", utc)).toBe(Date.UTC(2024, 1, 29));
    expect(parseTextTime("2100-02-29", utc)).toBeNaN();
  });

  it("agrees with Date.UTC on every day of a few centuries (the civil calendar)", () => {
    for (let y = 1899; y <= 2101; y += 7) {
      for (const [m, d] of [
        [1, 1],
        [2, 28],
        [3, 1],
        [12, 31],
      ]) {
        const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")} 12:34:56`;
        expect(parseTextTime(text, utc), text).toBe(Date.UTC(y, m - 1, d, 12, 34, 56));
      }
    }
  });
});
