/**
 * Every custom function called as Sheets calls it: through its global stub in the built
 * dist/Code.js, in a fresh global scope, with 2-D arrays, "" for blanks and Dates made in that scope.
 * Expected values are worked out by hand in the comments.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../src/functions/registry";
import { type LoadedBundle, loadBundle, sheetsGlobals } from "../support/bundle";

const ZONE = "America/New_York";
const H = 3_600_000;
/** 2026-03-06 00:00 in New York (EST, UTC−5): a Friday, two days before DST starts. */
const FRI = Date.UTC(2026, 2, 6, 5);
const at = (base: number, hours: number) => new Date(base + hours * H);

let bundle: LoadedBundle;
beforeAll(() => {
  bundle = loadBundle(sheetsGlobals(ZONE));
});

const col = (...values: unknown[]) => values.map((v) => [v]);
/** The 90th percentile of the standard normal: an 80 % interval's half-width in standard deviations. */
const Z = 1.2815515655446004;

/** Each function with at least one call and its hand-computed answer. */
const CASES: Record<string, [args: unknown[], expected: unknown][]> = {
  // 2 promoters, 1 passive ("8" typed as text), 1 detractor: (2 − 1) ÷ 4 × 100 = 25
  NPS: [[[col(10, 9, "", 0, "8", ...Array(1000).fill(""))], 25]],
  NPS_CATEGORY: [[[col(10, 7, 3, "")], col("Promoter", "Passive", "Detractor", "")]],
  // ratings 5, 4 satisfied of 4 → 0.5
  CSAT: [
    [[col(5, 4, 3, 1)], 0.5],
    [[col(3, 2), 3], 0.5],
  ],
  // agree (≥ 4 of 5): 2 of 4; mean: (4 + 5 + 2 + 1) ÷ 4 = 3
  CES: [
    [[col(4, 5, 2, 1)], 0.5],
    [[col(4, 5, 2, 1), 5, "mean"], 3],
  ],
  CRR: [[[100, 90, 15], 0.75]],
  CHURN: [[[100, 25], 0.25]],
  NET_CUSTOMER_LOSS: [[[100, 90], 0.1]],
  CAC: [[[10000, 20000], 0.5]],
  // 1200 × 3 − 400
  CLV: [[[1200, 3, 400], 3200]],
  COST_PER_TICKET: [[[5000, 1000], 5]],
  SUPPORT_COST_RATIO: [[[45000, 1500000], 0.03]],
  // gaps 1 h, 3 h, 26 h: mean 10, median 3, max 26; the blank row is skipped
  FRT: [
    [[col(at(FRI, 10), at(FRI, 11), at(FRI, 12), ""), col(at(FRI, 11), at(FRI, 14), at(FRI, 38), "")], 10],
    [[col(at(FRI, 10), at(FRI, 11), at(FRI, 12)), col(at(FRI, 11), at(FRI, 14), at(FRI, 38)), "median"], 3],
  ],
  RESOLUTION_TIME: [[[col(at(FRI, 10), at(FRI, 11)), col(at(FRI, 11), at(FRI, 38)), "max", "days"], 27 / 24]],
  // Fri 16:00 → Mon 10:00 across the DST change: Fri 16–17 and Mon 9–10 = 2 business hours
  BUSINESS_HOURS: [[[col(at(FRI, 16)), col(new Date(Date.UTC(2026, 2, 9, 14)))], col(2)]],
  // gaps 1 h and 30 h against 24 h: 1 of 2
  SLA_RATE: [[[col(at(FRI, 0), at(FRI, 1)), col(at(FRI, 1), at(FRI, 31)), 24], 0.5]],
  FCR: [[[col(1, 2, 1, "")], 2 / 3]],
  RESOLUTION_RATE: [[[col("Closed", "Open", "Solved", "")], 2 / 3]],
  // as of Fri 2026-03-06 00:00 NY: the first ticket (created Thu, resolved Sat) is open; the
  // second was resolved Thu; the third is created later
  BACKLOG: [
    [
      [
        col(at(FRI, -20), at(FRI, -20), at(FRI, 5)),
        col(at(FRI, 30), at(FRI, -10), ""),
        new Date(Date.UTC(2026, 2, 6, 12)),
      ],
      1,
    ],
  ],
  // Call Centre Helper's example: 100 contacts in 30 min at 180 s is 10 Erlangs; 14 agents wait 17.4 %
  ERLANG_C: [[[100, 30, 180, 14], 0.17413193359504983]],
  // 1 − 0.17413 × e^(−(14 − 10) × 20 ÷ 180) = 0.88835
  SERVICE_LEVEL: [[[100, 30, 180, 14, 20], 1 - 0.17413193359504983 * Math.exp(-80 / 180)]],
  // NIST's quarterly example, seasonal naive: the next two quarters repeat last year's. The interval is
  // ± 1.2816 × the RMS of the last year's backtest errors: one step ahead −1, 18, 81, 69 (squares sum
  // 11,647); up to two steps also the two-step errors 18, 81, 69 (11,646 more, 7 errors in all)
  VOLUME_FORECAST: [
    [
      [
        col(
          362,
          385,
          432,
          341,
          382,
          409,
          498,
          387,
          473,
          513,
          582,
          474,
          544,
          582,
          681,
          557,
          628,
          707,
          773,
          592,
          627,
          725,
          854,
          661,
          "",
          "",
        ),
        2,
        4,
        "seasonal_naive",
      ],
      [
        [627, 627 - Z * Math.sqrt(11647 / 4), 627 + Z * Math.sqrt(11647 / 4)],
        [725, 725 - Z * Math.sqrt(23293 / 7), 725 + Z * Math.sqrt(23293 / 7)],
      ],
    ],
  ],
};

describe("custom functions through dist/Code.js", () => {
  it("has a case for every registered function", () => {
    const covered = new Set([
      ...Object.keys(CASES),
      "NPS_STATS",
      "CSAT_STATS",
      "TICKET_VOLUME",
      "AGENTS_NEEDED",
    ]);
    expect(FUNCTIONS.map((f) => f.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  for (const [name, calls] of Object.entries(CASES)) {
    it(`${name} gives the hand-computed answer`, () => {
      for (const [args, expected] of calls) {
        const result = bundle.call(name, ...args);
        if (typeof expected === "number") expect(result).toBeCloseTo(expected, 10);
        else if (name === "VOLUME_FORECAST") {
          const rows = result as number[][];
          const want = expected as number[][];
          expect(rows.map((r) => r.length)).toEqual(want.map((r) => r.length));
          for (const [r, row] of rows.entries()) {
            for (const [c, v] of row.entries()) expect(v).toBeCloseTo(want[r][c], 9);
          }
        } else expect(JSON.parse(JSON.stringify(result))).toEqual(expected);
      }
    });
  }

  it("NPS_STATS and CSAT_STATS return label–value tables holding the score", () => {
    const nps = bundle.call("NPS_STATS", col(10, 9, 0, 8)) as unknown[][];
    expect(nps.every((row) => row.length === 2 && typeof row[0] === "string")).toBe(true);
    expect(nps.map((row) => row[1])).toContain(25);
    const csat = bundle.call("CSAT_STATS", col(5, 4, 3, 1)) as unknown[][];
    expect(csat.map((row) => row[1])).toContain(0.5);
  });

  it("TICKET_VOLUME counts by month in the spreadsheet's zone, with a header row", () => {
    // 2026-03-31 23:30 in New York is already April in UTC; it belongs to March here.
    const lateMarch = new Date(Date.UTC(2026, 3, 1, 3, 30));
    const table = bundle.call(
      "TICKET_VOLUME",
      col(lateMarch, at(FRI, 1), new Date(Date.UTC(2026, 4, 2, 12))),
      "month",
    ) as unknown[][];
    const rows = Object.fromEntries(table.slice(1).map((row) => [row[0], row[row.length - 1]]));
    expect(rows).toEqual({ "2026-03": 2, "2026-04": 0, "2026-05": 1 });
  });

  it("AGENTS_NEEDED returns its label–value table in the issue's order", () => {
    // Call Centre Helper's example with 30 % shrinkage: 14 agents, 14 ÷ 0.7 = 20 rostered
    const table = bundle.call("AGENTS_NEEDED", 100, 30, 180, 0.8, 20, 0.85, 0.3) as unknown[][];
    expect(table.map((row) => row[0])).toEqual([
      "Agents needed",
      "Agents rostered",
      "Service level",
      "Occupancy",
      "Probability of waiting",
      "Average speed of answer (s)",
    ]);
    const values = table.map((row) => row[1] as number);
    expect(values.slice(0, 2)).toEqual([14, 20]);
    expect(values[2]).toBeCloseTo(0.888, 3);
    expect(values[3]).toBeCloseTo(0.714, 3);
    expect(values[4]).toBeCloseTo(0.174, 3);
    expect(values[5]).toBeCloseTo(7.84, 2);
  });

  it("throws errors that name the function, the value and its row", () => {
    expect(() => bundle.call("NPS", col(5, "ten"))).toThrow(/^NPS: .*row 2.*"ten"/);
    expect(() => bundle.call("FRT", col("3/4/2026"), col(at(FRI, 1)))).toThrow(/FRT: .*row 1.*date-time/);
    expect(() => bundle.call("CRR", [[100, 2]], 90, 15)).toThrow(/CRR: customers_start/);
    expect(() => bundle.call("NPS", col(1), 2)).toThrow(/at most 1 argument/);
    expect(() => bundle.call("ERLANG_C", 100, 30, 180, 10)).toThrow(
      /^ERLANG_C: 10 agents .*10 Erlangs.*At least 11/,
    );
    expect(() => bundle.call("VOLUME_FORECAST", col(5, "", 7))).toThrow(
      /^VOLUME_FORECAST: history row 2 .*type 0/,
    );
    expect(() => bundle.call("VOLUME_FORECAST", col(5, 6, 7), 1, 12)).toThrow(
      /^VOLUME_FORECAST: history has 3 periods; auto with season_length 12 needs at least 13/,
    );
  });
});
