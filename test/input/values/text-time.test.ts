/**
 * Text date-times that can mean one thing only (year first, ISO 8601) are read; day- or month-first
 * text is not. Checked against Date.UTC on random readings, so the day count is exact on every date.
 */
import { describe, expect, it } from "vitest";
import { parseTextTime, textInstant } from "../../../src/input/values/text-time";
import { zoneClock, zonedInstant } from "../../../src/metrics/zoned-time";

describe("parseTextTime", () => {
  it("reads year-first dates and times as their wall-clock reading", () => {
    expect(parseTextTime("2012/10/09 14:50:17.000")).toEqual({
      local: Date.UTC(2012, 9, 9, 14, 50, 17),
      instant: Number.NaN,
    });
    expect(parseTextTime("2026-10-01")?.local).toBe(Date.UTC(2026, 9, 1));
    expect(parseTextTime("2026.10.01 9:05")?.local).toBe(Date.UTC(2026, 9, 1, 9, 5));
    expect(parseTextTime(" 2026-10-01T09:30:00.25 ")?.local).toBe(Date.UTC(2026, 9, 1, 9, 30, 0, 250));
    expect(parseTextTime("2026-10-01 9:30 PM")?.local).toBe(Date.UTC(2026, 9, 1, 21, 30));
    expect(parseTextTime("2026-10-01 12:10 am")?.local).toBe(Date.UTC(2026, 9, 1, 0, 10));
  });

  it("takes an offset when the text has one", () => {
    expect(parseTextTime("2026-10-01T09:30:00Z")?.instant).toBe(Date.UTC(2026, 9, 1, 9, 30));
    expect(parseTextTime("2026-10-01T09:30:00+02:00")?.instant).toBe(Date.UTC(2026, 9, 1, 7, 30));
    expect(parseTextTime("2026-10-01 09:30-0530")?.instant).toBe(Date.UTC(2026, 9, 1, 15, 0));
  });

  it("refuses ambiguous, impossible and other text", () => {
    for (const text of [
      "05/03/2026",
      "3/4/2026 10:00",
      "01.10.2026",
      "2026-02-29",
      "2026-13-01",
      "2026-10-01 24:00",
      "2026-10-01 13:00 PM",
      "2026-10-01 12:61",
      "2026-10-01 10",
      "20261001",
      "Oct 1 2026",
      "open",
      "",
    ]) {
      expect(parseTextTime(text), text).toBeNull();
    }
    expect(parseTextTime("2024-02-29")?.local).toBe(Date.UTC(2024, 1, 29));
  });

  it("agrees with Date.UTC on random dates from 1600 to 2400 (seeded)", () => {
    let seed = 42;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const y = 1600 + next(800);
      const mo = 1 + next(12);
      const d = 1 + next(28);
      const h = next(24);
      const mi = next(60);
      const text = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")} ${h}:${String(mi).padStart(2, "0")}`;
      expect(parseTextTime(text)?.local, text).toBe(Date.UTC(y, mo - 1, d, h, mi));
    }
  });
});

describe("textInstant", () => {
  it("reads text without an offset on the spreadsheet's clock, across daylight saving", () => {
    const berlin = zoneClock("Europe/Berlin");
    const read = (text: string) => textInstant(text, (local) => berlin.toInstant(local));
    expect(read("2026-03-28 12:00")).toBe(zonedInstant("Europe/Berlin", 2026, 3, 28, 12));
    expect(read("2026-03-30 12:00")).toBe(Date.UTC(2026, 2, 30, 10));
    expect(read("2026-03-28 12:00")).toBe(Date.UTC(2026, 2, 28, 11));
    expect(read("2026-10-01T09:30:00Z")).toBe(Date.UTC(2026, 9, 1, 9, 30));
    expect(read("05/03/2026")).toBeNaN();
  });
});
