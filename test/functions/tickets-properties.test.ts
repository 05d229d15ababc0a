/**
 * Random and hostile input for every ticket function: each call returns finite values of the right
 * kind and range, or throws an Error whose message starts with the function's name. Never NaN,
 * Infinity, undefined, or a crash from inside.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CallContext } from "../../src/functions/define";
import { callCustomFunction } from "../../src/functions/registry";

const ZONES = [
  "UTC",
  "America/New_York",
  "Europe/Stockholm",
  "Pacific/Chatham",
  "Asia/Kolkata",
  "Pacific/Auckland",
];
const YEAR_2026 = Date.UTC(2026, 0, 1);

/** Mostly realistic times near 2026, sometimes anywhere a Date can be, sometimes invalid. */
const dateCell = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .integer({ min: -400 * 86_400_000, max: 400 * 86_400_000 })
      .map((d) => new Date(YEAR_2026 + d)),
  },
  {
    weight: 1,
    arbitrary: fc.date({ min: new Date(Date.UTC(1850, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)) }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(new Date(-8.64e15), new Date(8.64e15), new Date(Number.NaN), new Date(0)),
  },
);
const hostileCell = fc.oneof(
  fc.constant(""),
  fc.constant("   "),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("9", " 2 ", "TRUE", "Closed", "resolved", "=1+1", "2026-10-31", "1e400", "-0"),
  fc.double(),
  fc.integer({ min: -5, max: 12 }),
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, {}, [1, 2]),
);
const cell = fc.oneof(
  { weight: 3, arbitrary: dateCell },
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: hostileCell },
);

/** A range as Sheets passes it (a column, sometimes wider), or something Sheets never passes. */
function range(cells: fc.Arbitrary<unknown>, rows = 12) {
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(cells, { maxLength: rows }).map((c) => c.map((x) => [x])) },
    { weight: 1, arbitrary: fc.array(fc.array(cells, { minLength: 1, maxLength: 3 }), { maxLength: rows }) },
    { weight: 1, arbitrary: cells },
    { weight: 1, arbitrary: fc.array(cells, { maxLength: 4 }) },
  );
}

/** A column of `n` cells, so paired ranges often line up. */
const column = (cells: fc.Arbitrary<unknown>, n: number) =>
  fc.array(cells, { minLength: n, maxLength: n }).map((c) => c.map((x) => [x]));

const optional = <T>(arb: fc.Arbitrary<T>) => fc.oneof(fc.constant(undefined), fc.constant(""), arb);
const text = (...choices: string[]) =>
  optional(fc.oneof(fc.constantFrom(...choices), hostileCell, fc.constant([["a", "b"]])));
const schedules = text(
  "Mon-Fri 09:00-17:00",
  "Daily 00:00-24:00",
  "Mon-Thu 08:00-16:00, Fri 08:00-12:00",
  "Sat 25:00-26:00",
  "Mon",
);

/** Paired start/end columns of one length, ends mostly after starts. */
const pairs = fc
  .integer({ min: 0, max: 10 })
  .chain((n) =>
    fc
      .tuple(
        column(cell, n),
        fc.array(
          fc.oneof(
            { weight: 4, arbitrary: fc.integer({ min: 0, max: 30 * 86_400_000 }) },
            { weight: 1, arbitrary: fc.constant(-1) },
            { weight: 1, arbitrary: hostileCell },
          ),
          { minLength: n, maxLength: n },
        ),
      )
      .map(([starts, gaps]) =>
        starts.map(([s], i) => {
          const gap = gaps[i];
          const end = s instanceof Date && typeof gap === "number" ? new Date(s.getTime() + gap) : gap;
          return [[s], [end]] as [unknown[], unknown[]];
        }),
      ),
  )
  .map((rows): [unknown[][], unknown[][]] => [rows.map((r) => r[0]), rows.map((r) => r[1])]);

type Check = (result: unknown) => boolean;
const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const fraction: Check = (x) => finite(x) && x >= 0 && x <= 1;
const nonNegative: Check = (x) => finite(x) && x >= 0;
const count: Check = (x) => finite(x) && Number.isInteger(x) && x >= 0;

/** Calls a function and checks its result, or that it failed with an Error naming it. */
function expectWellBehaved(name: string, args: unknown[], zone: string, check: Check): void {
  const context: CallContext = { timeZone: () => zone };
  let result: unknown;
  try {
    result = callCustomFunction(name, args, context);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(new RegExp(`^${name}\\b`));
    return;
  }
  if (!check(result)) throw new Error(`${name} returned ${JSON.stringify(result)}`);
}

const zone = fc.constantFrom(...ZONES);
const RUNS = { numRuns: 150 };

describe("ticket functions on random and hostile input", () => {
  it("FRT and RESOLUTION_TIME return a non-negative duration or a named error", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("FRT", "RESOLUTION_TIME"),
        fc.oneof(pairs, fc.tuple(range(cell), range(cell))),
        text("mean", "median", "p90", "max", "min"),
        text("hours", "minutes", "days"),
        schedules,
        zone,
        (name, [a, b], stat, unit, schedule, z) =>
          expectWellBehaved(name, [a, b, stat, unit, schedule], z, nonNegative),
      ),
      RUNS,
    );
  });

  it("BUSINESS_HOURS returns a column of non-negative hours or blanks", () => {
    const column: Check = (x) =>
      Array.isArray(x) &&
      x.every((row) => Array.isArray(row) && row.length === 1 && (row[0] === "" || nonNegative(row[0])));
    fc.assert(
      fc.property(
        fc.oneof(pairs, fc.tuple(range(cell), range(cell))),
        schedules,
        optional(range(cell, 4)),
        zone,
        ([a, b], schedule, holidays, z) =>
          expectWellBehaved("BUSINESS_HOURS", [a, b, schedule, holidays], z, column),
      ),
      RUNS,
    );
  });

  it("SLA_RATE returns a fraction or a named error", () => {
    fc.assert(
      fc.property(
        fc.oneof(pairs, fc.tuple(range(cell), range(cell))),
        fc.oneof(fc.double(), fc.integer({ min: -1, max: 100 }), hostileCell),
        schedules,
        zone,
        ([a, b], target, schedule, z) => expectWellBehaved("SLA_RATE", [a, b, target, schedule], z, fraction),
      ),
      RUNS,
    );
  });

  it("BACKLOG returns a count or a named error", () => {
    fc.assert(
      fc.property(
        fc.oneof(pairs, fc.tuple(range(cell), range(cell))),
        optional(fc.oneof(dateCell, hostileCell)),
        zone,
        ([a, b], asOf, z) => expectWellBehaved("BACKLOG", [a, b, asOf], z, count),
      ),
      RUNS,
    );
  });

  it("FCR and RESOLUTION_RATE return a fraction or a named error", () => {
    const contacts = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.boolean(), fc.constant(""), hostileCell);
    fc.assert(
      fc.property(
        range(contacts),
        optional(fc.oneof(fc.integer({ min: -1, max: 5 }), hostileCell)),
        zone,
        (c, max, z) => expectWellBehaved("FCR", [c, max], z, fraction),
      ),
      RUNS,
    );
    const status = fc.oneof(fc.constantFrom("Closed", "Open", " solved ", "RESOLVED", ""), hostileCell);
    fc.assert(
      fc.property(
        range(status),
        optional(fc.oneof(fc.constantFrom("Closed", "Done; Closed"), range(status, 3))),
        zone,
        (s, list, z) => expectWellBehaved("RESOLUTION_RATE", [s, list], z, fraction),
      ),
      RUNS,
    );
  });

  it("TICKET_VOLUME returns a header and rows of text labels and counts", () => {
    const table: Check = (x) => {
      if (!Array.isArray(x) || x.length < 2) return false;
      const [header, ...rows] = x as unknown[][];
      const width = header.length;
      return (
        header.every((h) => typeof h === "string") &&
        header[width - 1] === "Total" &&
        rows.every(
          (row) =>
            row.length === width &&
            typeof row[0] === "string" &&
            row.slice(1).every(count) &&
            (width === 2 ||
              row.slice(1, -1).reduce<number>((sum, n) => sum + (n as number), 0) === row[width - 1]),
        )
      );
    };
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 10 })
          .chain((n) => fc.tuple(column(cell, n), optional(column(hostileCell, n)))),
        text("day", "week", "month"),
        zone,
        ([created, groups], period, z) =>
          expectWellBehaved("TICKET_VOLUME", [created, period, groups], z, table),
      ),
      RUNS,
    );
  });

  it("refuses too many arguments and missing required ones, by name", () => {
    for (const name of [
      "FRT",
      "RESOLUTION_TIME",
      "BUSINESS_HOURS",
      "SLA_RATE",
      "FCR",
      "RESOLUTION_RATE",
      "BACKLOG",
      "TICKET_VOLUME",
    ]) {
      expectWellBehaved(name, [], "UTC", () => false);
      expectWellBehaved(name, new Array(9).fill([[""]]), "UTC", () => false);
    }
  });
});
