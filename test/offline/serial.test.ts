import { describe, expect, it } from "vitest";
import { checkTimeZone, instantToSerial, serialToInstant, zoneOffset } from "../../src/offline/serial";

const HOUR = 3_600_000;
/** Sheets: DATE(2026;1;1) = 46023; 2026-03-29 is 87 days later. */
const JAN_1_2026 = 46023;
const MAR_29_2026 = JAN_1_2026 + 31 + 28 + 28;

describe("serial dates in a time zone", () => {
  it("matches Sheets' serial numbers in UTC", () => {
    expect(instantToSerial(Date.UTC(2026, 0, 1), "UTC")).toBe(JAN_1_2026);
    expect(instantToSerial(Date.UTC(2026, 0, 1, 18), "UTC")).toBe(JAN_1_2026 + 0.75);
    expect(instantToSerial(Date.UTC(1899, 11, 30), "UTC")).toBe(0);
  });

  it("reads an instant as wall-clock time across a DST change (Europe/Berlin, 2026-03-29 01:00 UTC)", () => {
    expect(zoneOffset(Date.UTC(2026, 2, 29, 0, 30), "Europe/Berlin")).toBe(HOUR);
    expect(zoneOffset(Date.UTC(2026, 2, 29, 1, 30), "Europe/Berlin")).toBe(2 * HOUR);
    expect(instantToSerial(Date.UTC(2026, 2, 29, 0, 30), "Europe/Berlin")).toBeCloseTo(
      MAR_29_2026 + 1.5 / 24,
      9,
    );
    expect(instantToSerial(Date.UTC(2026, 2, 29, 1, 30), "Europe/Berlin")).toBeCloseTo(
      MAR_29_2026 + 3.5 / 24,
      9,
    );
    // Midnight local on 1 January is 23:00 UTC the day before.
    expect(instantToSerial(Date.UTC(2025, 11, 31, 23), "Europe/Berlin")).toBe(JAN_1_2026);
  });

  it("turns serials back into instants, a skipped hour taking the offset before the change", () => {
    for (const ms of [
      Date.UTC(2026, 2, 29, 0, 30),
      Date.UTC(2026, 2, 29, 1, 30),
      Date.UTC(2026, 9, 25, 2, 15),
    ]) {
      expect(serialToInstant(instantToSerial(ms, "Europe/Berlin"), "Europe/Berlin")).toBe(ms);
    }
    // 02:30 does not exist in Berlin on 2026-03-29; 02:30 at +01:00 is 01:30 UTC.
    expect(serialToInstant(MAR_29_2026 + 2.5 / 24, "Europe/Berlin")).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(serialToInstant(JAN_1_2026, "America/New_York")).toBe(Date.UTC(2026, 0, 1, 5));
  });

  it("rejects an unknown time zone by name", () => {
    expect(() => checkTimeZone("Mars/Olympus")).toThrow(/Mars\/Olympus/);
    expect(() => checkTimeZone("Asia/Kolkata")).not.toThrow();
  });
});
