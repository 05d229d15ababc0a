/**
 * Property tests over random and hostile inputs for the survey, customer and finance functions:
 * every call returns finite, in-range values (or a 2-D array of them) or throws an Error whose
 * message starts with the function's name. Never NaN, Infinity, undefined or a stray TypeError.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customersFunctions } from "../../src/functions/customers";
import type { CustomFunction, Result } from "../../src/functions/define";
import { surveyFunctions } from "../../src/functions/survey";

const CONTEXT = { timeZone: () => "UTC" };

/** Anything a cell could hold, and several things it never should. */
const hostileCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e308,
    -0,
    2 ** 53,
  ),
  fc.string({ maxLength: 6 }),
  fc.constantFrom("", " ", "   ", "\t", " \n ", "9", " 10 ", "1e1", "7.0", "0x9", "ten", "Infinity", "NaN"),
  fc.integer({ min: -5, max: 20 }).map(String),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 2 }),
  fc.constantFrom(null, undefined, {}, [[5]]),
);

/** Mostly valid survey answers (whole numbers within NPS's and the default CSAT scale), so that many calls succeed. */
const score = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: hostileCell },
);

/** Ragged rows, empty rows, and now and then a bare value where a row should be. */
const grid = (cell: fc.Arbitrary<unknown>) =>
  fc.array(
    fc.oneof({ weight: 8, arbitrary: fc.array(cell, { maxLength: 4 }) }, { weight: 1, arbitrary: cell }),
    {
      maxLength: 12,
    },
  );

const surveyArg = fc.oneof({ weight: 4, arbitrary: grid(score) }, { weight: 1, arbitrary: hostileCell });

/** Options: often omitted, usually sensible, sometimes hostile or a range. */
const option = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(undefined, "") },
  { weight: 3, arbitrary: fc.constantFrom(3, 5, 7, 10, 4, "5", "agree", "mean", "MEAN") },
  { weight: 1, arbitrary: fc.integer({ min: -2, max: 12 }) },
  { weight: 1, arbitrary: hostileCell },
  { weight: 1, arbitrary: grid(fc.integer({ min: 0, max: 10 })) },
);

/** Money and counts: sensible, huge, tiny, negative, text, ranges. */
const amount = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 200 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(1e308, Number.MAX_VALUE, 5e-324, 1e-300, -1, "100", " 7 ", "") },
  { weight: 1, arbitrary: hostileCell },
  { weight: 1, arbitrary: grid(fc.integer({ min: 0, max: 200 })) },
);

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const within = (lo: number, hi: number) => (v: unknown) => finite(v) && v >= lo && v <= hi;
const table = (check: (v: unknown) => boolean) => (v: unknown) =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((r) => Array.isArray(r) && r.length === 2 && typeof r[0] === "string" && check(r[1]));

/** What a successful result of each function must look like. */
const VALID: Record<string, (v: Result) => boolean> = {
  NPS: within(-100, 100),
  NPS_STATS: table((v) => within(-100, 1e9)(v)),
  NPS_CATEGORY: (v) => {
    const ok = (c: unknown) => c === "Promoter" || c === "Passive" || c === "Detractor" || c === "";
    return Array.isArray(v) ? v.every((r) => Array.isArray(r) && r.every(ok)) : ok(v);
  },
  CSAT: within(0, 1),
  CSAT_STATS: table(within(0, 1e9)),
  CES: within(0, 100),
  CRR: within(0, 1),
  CHURN: within(0, 1),
  NET_CUSTOMER_LOSS: (v) => finite(v) && v <= 1,
  CAC: (v) => finite(v) && v >= 0,
  CLV: finite,
  COST_PER_TICKET: (v) => finite(v) && v >= 0,
  SUPPORT_COST_RATIO: (v) => finite(v) && v >= 0,
};

/** Runs one call and checks its outcome; returns whether it succeeded. */
function check(spec: CustomFunction, args: unknown[]): boolean {
  let result: Result;
  try {
    result = spec.run(args, CONTEXT);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.startsWith(`${spec.name}: `), (error as Error).message).toBe(true);
    return false;
  }
  expect(VALID[spec.name](result), `${spec.name} returned ${JSON.stringify(result)}`).toBe(true);
  return true;
}

const RUNS = 400;

describe("survey functions under random and hostile input", () => {
  for (const spec of surveyFunctions) {
    it(`${spec.name} returns a valid value or a named error`, () => {
      let successes = 0;
      fc.assert(
        fc.property(surveyArg, option, option, option, (ratings, a, b, c) => {
          if (check(spec, [ratings, a, b, c].slice(0, spec.params.length))) successes++;
        }),
        { numRuns: RUNS },
      );
      // The generators are meant to reach the success path too, not only errors.
      expect(successes).toBeGreaterThan(0);
    });
  }

  it("NPS equals the share of promoters minus detractors of the valid cells", () => {
    const cell = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constantFrom("", "  "));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 12 }), (rows) => {
        let n = 0;
        let net = 0;
        for (const r of rows)
          for (const v of r)
            if (typeof v === "number") {
              n++;
              net += v >= 9 ? 1 : v <= 6 ? -1 : 0;
            }
        const run = () => surveyFunctions[0].run([rows], CONTEXT);
        if (n === 0) expect(run).toThrow(/no responses/);
        else expect(run()).toBeCloseTo((100 * net) / n, 9);
      }),
      { numRuns: RUNS },
    );
  });

  it("NPS_CATEGORY keeps the shape of the input", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant("")), {
            minLength: 1,
            maxLength: 4,
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (rows) => {
          const out = surveyFunctions[2].run([rows], CONTEXT) as unknown[][];
          expect(out.map((r) => r.length)).toEqual(rows.map((r) => r.length));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("customer and finance functions under random and hostile input", () => {
  for (const spec of customersFunctions) {
    it(`${spec.name} returns a valid value or a named error`, () => {
      let successes = 0;
      fc.assert(
        fc.property(amount, amount, amount, (a, b, c) => {
          if (check(spec, [a, b, c].slice(0, spec.params.length))) successes++;
        }),
        { numRuns: RUNS },
      );
      expect(successes).toBeGreaterThan(0);
    });
  }

  it("CRR, CHURN and NET_CUSTOMER_LOSS agree on any consistent set of counts", () => {
    const run = (name: string, ...args: number[]) =>
      customersFunctions.find((f) => f.name === name)?.run(args, CONTEXT);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (start, lostShare, gained) => {
          const lost = Math.floor(lostShare * start);
          const end = start - lost + gained;
          expect(run("CRR", start, end, gained)).toBeCloseTo((start - lost) / start, 12);
          expect(run("CHURN", start, lost)).toBeCloseTo(lost / start, 12);
          expect(run("NET_CUSTOMER_LOSS", start, end)).toBeCloseTo((lost - gained) / start, 12);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
