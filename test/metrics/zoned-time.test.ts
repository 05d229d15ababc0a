import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOUR_MS } from "../../src/metrics/calendar";
import {
  dayKeyOf,
  dayStart,
  monthEnd,
  monthKeyOf,
  monthStart,
  ZoneClock,
  zoneClock,
  zonedInstant,
  zonedParts,
} from "../../src/metrics/zoned-time";

const utc = (iso: string) => Date.parse(iso);
const hours = (ms: number) => ms / HOUR_MS;

/** Independent oracle: the offset Intl reports, read with formatToParts (ZoneClock parses format()). */
function intlOffset(zone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const second = Math.floor(instant / 1000) * 1000;
  return (
    Date.UTC(get("year"), get("month") - 1, get("day"), get("hour") % 24, get("minute"), get("second")) -
    second
  );
}

describe("ZoneClock offsets", () => {
  it("switches New York to daylight time at 2026-03-08 07:00 UTC and back at 2026-11-01 06:00 UTC", () => {
    // US rule: second Sunday of March 02:00 EST (07:00 UTC), first Sunday of November 02:00 EDT (06:00 UTC).
    const ny = zoneClock("America/New_York");
    expect(hours(ny.offsetAt(utc("2026-03-08T06:59:59Z")))).toBe(-5);
    expect(hours(ny.offsetAt(utc("2026-03-08T07:00:00Z")))).toBe(-4);
    expect(hours(ny.offsetAt(utc("2026-11-01T05:59:59Z")))).toBe(-4);
    expect(hours(ny.offsetAt(utc("2026-11-01T06:00:00Z")))).toBe(-5);
    expect(ny.nextChange(utc("2026-01-01T00:00:00Z"), utc("2026-12-31T00:00:00Z"))).toBe(
      utc("2026-03-08T07:00:00Z"),
    );
    expect(ny.nextChange(utc("2026-03-08T07:00:00Z"), utc("2026-12-31T00:00:00Z"))).toBe(
      utc("2026-11-01T06:00:00Z"),
    );
    expect(ny.nextChange(utc("2026-03-09T00:00:00Z"), utc("2026-10-01T00:00:00Z"))).toBeNaN();
  });

  it("follows the EU rule in Stockholm (01:00 UTC on the last Sundays of March and October)", () => {
    const sto = zoneClock("Europe/Stockholm");
    expect(hours(sto.offsetAt(utc("2026-03-29T00:59:59Z")))).toBe(1);
    expect(hours(sto.offsetAt(utc("2026-03-29T01:00:00Z")))).toBe(2);
    expect(hours(sto.offsetAt(utc("2026-10-25T00:59:59Z")))).toBe(2);
    expect(hours(sto.offsetAt(utc("2026-10-25T01:00:00Z")))).toBe(1);
  });

  it("handles zones far from UTC and with non-hour offsets", () => {
    expect(hours(zoneClock("Asia/Kolkata").offsetAt(utc("2026-10-31T18:30:00Z")))).toBe(5.5);
    // Chatham: +13:45 in southern summer until the first Sunday of April (03:45 local = 14:00 UTC
    // on Saturday 2026-04-04), then +12:45 until the last Sunday of September.
    const chatham = zoneClock("Pacific/Chatham");
    expect(hours(chatham.offsetAt(utc("2026-04-04T13:59:59Z")))).toBe(13.75);
    expect(hours(chatham.offsetAt(utc("2026-04-04T14:00:00Z")))).toBe(12.75);
    // Auckland: +13 until 2026-04-05 03:00 NZDT (14:00 UTC the day before), +12 until 2026-09-27 02:00 NZST.
    const akl = zoneClock("Pacific/Auckland");
    expect(hours(akl.offsetAt(utc("2026-04-04T13:59:59Z")))).toBe(13);
    expect(hours(akl.offsetAt(utc("2026-04-04T14:00:00Z")))).toBe(12);
    expect(hours(akl.offsetAt(utc("2026-09-26T13:59:59Z")))).toBe(12);
    expect(hours(akl.offsetAt(utc("2026-09-26T14:00:00Z")))).toBe(13);
  });

  it("matches Intl on random instants from 1900 to 2100 in many zones, in any order", () => {
    const zones = [
      "America/New_York",
      "America/Los_Angeles",
      "Europe/Stockholm",
      "Pacific/Auckland",
      "Pacific/Chatham",
      "Asia/Kolkata",
      "America/Sao_Paulo",
      "Africa/Casablanca",
      "Australia/Lord_Howe",
      "Europe/London",
      "UTC",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: utc("1900-01-01T00:00:00Z"), max: utc("2100-01-01T00:00:00Z") }),
        (zone, instant) => {
          expect(zoneClock(zone).offsetAt(instant)).toBe(intlOffset(zone, instant));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("keeps offsets right far outside the table's years (local mean time before 1800, repeating rules after 2440)", () => {
    const ny = new ZoneClock("America/New_York");
    expect(ny.offsetAt(utc("1700-06-01T00:00:00Z"))).toBe(
      intlOffset("America/New_York", utc("1850-06-01T00:00:00Z")),
    );
    expect(hours(ny.offsetAt(utc("3000-07-01T12:00:00Z")))).toBe(-4);
    expect(hours(ny.offsetAt(utc("3000-01-15T12:00:00Z")))).toBe(-5);
    expect(ny.offsetAt(Number.NaN)).toBeNaN();
  });

  it("past the table (2440), asks Intl: zones with listed changes that late get them right", () => {
    // Africa/Casablanca and Asia/Gaza have one-off (Ramadan) changes listed past 2440 that no
    // repetition of earlier years reproduces.
    for (const zone of ["Africa/Casablanca", "Asia/Gaza", "America/New_York", "Europe/Stockholm"]) {
      const clock = new ZoneClock(zone);
      for (let year = 2440; year < 2800; year += 7) {
        for (let month = 1; month <= 12; month++) {
          const instant = utc(`${year}-${String(month).padStart(2, "0")}-15T12:00:00Z`);
          expect(clock.offsetAt(instant), `${zone} ${year}-${month}`).toBe(intlOffset(zone, instant));
        }
      }
    }
  });

  it("past the table, finds each offset change where Intl has it", () => {
    const zone = "America/New_York";
    const clock = new ZoneClock(zone);
    const from = utc("2441-01-01T00:00:00Z");
    const to = utc("2443-01-01T00:00:00Z");
    const found: number[] = [];
    for (let at = clock.nextChange(from, to); !Number.isNaN(at); at = clock.nextChange(at, to))
      found.push(at);
    // Two springs forward and two falls back, each at the second Intl's offset changes.
    expect(found).toHaveLength(4);
    for (const at of found) expect(intlOffset(zone, at)).not.toBe(intlOffset(zone, at - 1000));
    expect(found.map((at) => hours(intlOffset(zone, at)))).toEqual([-4, -5, -4, -5]);
    // A span across the table's end finds the first change after it.
    expect(clock.nextChange(utc("2439-12-01T00:00:00Z"), to)).toBeGreaterThan(utc("2440-03-01T00:00:00Z"));
  });

  it("gives the same answers whichever instants it learned first (the table grows both ways)", () => {
    const fresh = new ZoneClock("Europe/Stockholm");
    const probes = [2030, 2010, 2040, 1990, 2026, 1950].map((y) => utc(`${y}-07-01T00:00:00Z`));
    for (const t of probes) expect(fresh.offsetAt(t)).toBe(intlOffset("Europe/Stockholm", t));
    // Spans without an offset change are still recognised after the table grew backwards.
    const clock = new ZoneClock("America/New_York");
    const july = utc("2026-07-01T00:00:00Z");
    clock.offsetAt(july);
    clock.offsetAt(utc("2026-12-31T00:00:00Z"));
    clock.offsetAt(utc("1960-01-01T00:00:00Z"));
    expect(hours(clock.offsetThrough(july, utc("2026-08-01T00:00:00Z")))).toBe(-4);
    // New York falls back at 2026-11-01 06:00 UTC: a span ending there has no change inside, one past it has.
    expect(hours(clock.offsetThrough(july, utc("2026-11-01T06:00:00Z")))).toBe(-4);
    expect(clock.offsetThrough(july, utc("2026-11-01T06:00:01Z"))).toBeNaN();
  });

  it("refuses an unknown zone", () => {
    expect(() => zoneClock("Mars/Olympus_Mons")).toThrow(/Mars\/Olympus_Mons/);
  });
});

describe("wall clock ↔ instant", () => {
  it("puts 2026-10-31 23:30 in Los Angeles in October although UTC already says November", () => {
    const instant = zonedInstant("America/Los_Angeles", 2026, 10, 31, 23, 30);
    expect(instant).toBe(utc("2026-11-01T06:30:00Z"));
    expect(monthKeyOf(instant, "America/Los_Angeles")).toBe("2026-10");
    expect(dayKeyOf(instant, "America/Los_Angeles")).toBe("2026-10-31");
    expect(monthKeyOf(instant, "UTC")).toBe("2026-11");
    expect(monthKeyOf(utc("2026-10-31T18:29:59Z"), "Asia/Kolkata")).toBe("2026-10");
    expect(monthKeyOf(utc("2026-10-31T18:30:00Z"), "Asia/Kolkata")).toBe("2026-11");
  });

  it("finds month boundaries in the zone", () => {
    expect(monthStart("2026-11", "America/Los_Angeles")).toBe(utc("2026-11-01T07:00:00Z"));
    expect(monthEnd("2026-10", "America/Los_Angeles")).toBe(utc("2026-11-01T07:00:00Z"));
    expect(monthStart("2026-03", "Europe/Stockholm")).toBe(utc("2026-02-28T23:00:00Z"));
    expect(monthStart("2026-04", "Pacific/Chatham")).toBe(utc("2026-03-31T10:15:00Z"));
    expect(monthStart("2027-01", "Pacific/Auckland")).toBe(utc("2026-12-31T11:00:00Z"));
  });

  it("resolves the clock's skipped and repeated hours", () => {
    // 02:30 does not exist on 2026-03-08 in New York: the clock jumps at 07:00 UTC.
    expect(zonedInstant("America/New_York", 2026, 3, 8, 2, 30)).toBe(utc("2026-03-08T07:00:00Z"));
    // 01:30 happens twice on 2026-11-01: the first (EDT) is taken.
    expect(zonedInstant("America/New_York", 2026, 11, 1, 1, 30)).toBe(utc("2026-11-01T05:30:00Z"));
    // Havana moves midnight to 01:00 on 2026-03-08 (second Sunday of March, 00:00 CST = 05:00 UTC):
    // that day starts at the jump.
    const day = Date.UTC(2026, 2, 8) / 86_400_000;
    expect(dayStart(day, "America/Havana")).toBe(utc("2026-03-08T05:00:00Z"));
    expect(zonedParts(utc("2026-03-08T05:00:00Z"), "America/Havana").hour).toBe(1);
  });

  it("splits an instant into wall-clock parts", () => {
    expect(zonedParts(utc("2026-11-01T06:30:15.250Z"), "America/Los_Angeles")).toEqual({
      year: 2026,
      month: 10,
      day: 31,
      hour: 23,
      minute: 30,
      second: 15,
      millisecond: 250,
      weekday: 5,
    });
  });
});

describe("the end of time", () => {
  it("a local day at the last instant a Date holds keeps the zone's last offset instead of throwing", () => {
    const last = 8.64e15;
    for (const zone of ["UTC", "Europe/Berlin", "Africa/Casablanca"]) {
      const clock = zoneClock(zone);
      const day = clock.localDay(last);
      expect(Number.isFinite(day)).toBe(true);
      expect(Number.isFinite(clock.toInstant(day * 86_400_000))).toBe(true);
    }
  });
});
