import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type Result, specOf } from "../../src/functions/define";
import { surveyDocs, surveyFunctions } from "../../src/functions/survey";

/** Calls a survey function the way its stub does: arguments exactly as Sheets passes them. */
function call(name: string, ...args: unknown[]): Result {
  const spec = surveyFunctions.find((s) => s.name === name);
  if (!spec) throw new Error(`no ${name}`);
  return spec.run(args, { timeZone: () => "UTC" });
}

/** A single column as Sheets passes it. */
const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

/** Looks a label up in a 2-column stats table. */
function row(table: unknown, label: string): unknown {
  const found = (table as unknown[][]).find((r) => r[0] === label);
  if (!found) throw new Error(`no row ${label}`);
  return found[1];
}

const SUDZILLA = join(import.meta.dirname, "../../../shared/data/prepbench040_sudzilla_nps_survey.csv");
const QUESTION = "On a scale of 0-10, how would you rate Sudzilla?";

describe("survey functions: specs", () => {
  it("has the names and argument order fixed by the issue", () => {
    const signatures = surveyFunctions.map((s) => `${s.name}(${s.params.map((p) => p.name).join(", ")})`);
    expect(signatures).toEqual([
      "NPS(scores)",
      "NPS_STATS(scores)",
      "NPS_CATEGORY(scores)",
      "CSAT(ratings, scale_max, satisfied_min)",
      "CSAT_STATS(ratings, scale_max, satisfied_min)",
      "CES(ratings, scale_max, method, agree_min)",
    ]);
  });

  it("documents every function and every optional default", () => {
    const documented = surveyDocs.map((docs) => specOf(docs()));
    for (const spec of documented) {
      expect(spec.summary.length, spec.name).toBeGreaterThan(10);
      expect(spec.convention.length, spec.name).toBeGreaterThan(40);
      expect(spec.returns.length, spec.name).toBeGreaterThan(5);
      expect(spec.example.startsWith(`=${spec.name}(`), spec.name).toBe(true);
      for (const p of spec.params) {
        expect(p.help.length, `${spec.name} ${p.name}`).toBeGreaterThan(10);
        if (p.optional) expect(p.help, `${spec.name} ${p.name}`).toMatch(/default/);
      }
    }
    const stats = documented.find((s) => s.name === "NPS_STATS");
    expect(stats?.convention).toMatch(/adjusted-Wald/);
    expect(stats?.convention).toMatch(/Rocks \(2016\)/);
    expect(stats?.convention).toMatch(/centred on that adjusted estimate/);
  });
});

describe("NPS", () => {
  it("matches the answer published with the Sudzilla survey: −35.9 from 39 responses", () => {
    const parsed = Papa.parse<Record<string, unknown>>(readFileSync(SUDZILLA, "utf8"), {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    });
    const scores = parsed.data.map((r) => [r[QUESTION]]);
    expect(scores).toHaveLength(39);
    expect(scores.every(([v]) => typeof v === "number")).toBe(true);
    expect(Math.round((call("NPS", scores) as number) * 10) / 10).toBe(-35.9);
    const table = call("NPS_STATS", scores);
    expect(row(table, "Responses")).toBe(39);
    expect(row(table, "Promoters (9–10)")).toBe(8);
    expect(row(table, "Detractors (0–6)")).toBe(22);
    expect(row(table, "Passives (7–8)")).toBe(9);
  });

  it("gives 65 for 80% promoters and 15% detractors", () => {
    const scores = column(...Array(16).fill(9), 8, 0, 3, 6);
    expect(call("NPS", scores)).toBe(65);
  });

  it("skips blanks and spaces, reads numbers typed as text, and reads every column", () => {
    expect(call("NPS", column(10, "", "  ", " 9 ", "0", ...Array(1000).fill("")))).toBeCloseTo(100 / 3, 12);
    // Two columns, read cell by cell: 2 promoters, 1 passive, 1 detractor.
    expect(
      call("NPS", [
        [9, 7],
        [10, 2],
        ["", ""],
      ]),
    ).toBe(25);
    expect(call("NPS", 9)).toBe(100);
  });

  it("names the first bad cell's row and how many rows share the problem", () => {
    expect(() => call("NPS", column(9, 8, "ten", 11, 7.5, true))).toThrow(
      'NPS: scores row 3 holds "ten", not a whole number from 0 to 10 (4 rows like this).',
    );
    expect(() => call("NPS", column(9, new Date(Date.UTC(2026, 0, 2))))).toThrow(
      "NPS: scores row 2 holds 2026-01-02T00:00:00.000Z, not a whole number from 0 to 10.",
    );
  });

  it("says when there are no responses", () => {
    expect(() => call("NPS", column("", " ", ""))).toThrow(
      "NPS: scores has no responses: every cell is blank.",
    );
    expect(() => call("NPS_STATS", [[]])).toThrow(/NPS_STATS: scores has no responses/);
  });
});

describe("NPS_STATS", () => {
  it("returns an 11-row table of labels and numbers", () => {
    const table = call("NPS_STATS", column(10, 9, 8, 7, 6, 0)) as unknown[][];
    expect(table).toHaveLength(11);
    for (const r of table) {
      expect(r).toHaveLength(2);
      expect(typeof r[0]).toBe("string");
      expect(Number.isFinite(r[1])).toBe(true);
    }
    expect(row(table, "Promoter share")).toBeCloseTo(2 / 6, 12);
    expect(row(table, "Passive share")).toBeCloseTo(2 / 6, 12);
    expect(row(table, "Detractor share")).toBeCloseTo(2 / 6, 12);
    expect(row(table, "NPS")).toBe(0);
    // Adjusted-Wald by hand: n' = 9, p' = d' = 2.75/9, variance = 5.5/9, margin = 1.96·√(5.5/81).
    expect(row(table, "Margin of error (95%)")).toBeCloseTo(
      100 * 1.959963984540054 * Math.sqrt(5.5 / 81),
      10,
    );
    expect(row(table, "NPS low (95%)")).toBeCloseTo(-51.07, 2);
    expect(row(table, "NPS high (95%)")).toBeCloseTo(51.07, 2);
  });
});

describe("NPS_CATEGORY", () => {
  it("labels each cell in the shape of the input, blanks left blank", () => {
    expect(
      call("NPS_CATEGORY", [
        [10, 7, ""],
        ["6", " ", 9],
      ]),
    ).toEqual([
      ["Promoter", "Passive", ""],
      ["Detractor", "", "Promoter"],
    ]);
    expect(call("NPS_CATEGORY", 8)).toBe("Passive");
    expect(call("NPS_CATEGORY", "")).toBe("");
  });

  it("names the rows of invalid cells", () => {
    expect(() => call("NPS_CATEGORY", column(9, "", -1, 12))).toThrow(
      "NPS_CATEGORY: scores row 3 holds -1, not a whole number from 0 to 10 (2 rows like this).",
    );
  });
});

describe("CSAT", () => {
  it("uses the scale's default satisfied rating", () => {
    expect(call("CSAT", column(5, 4, 3, 2))).toBe(0.5);
    expect(call("CSAT", column(7, 6, 5, 4), 7)).toBe(0.5);
    expect(call("CSAT", column(10, 9, 8, 7), 10, "")).toBe(0.5);
    expect(call("CSAT", column(3, 2), 3)).toBe(0.5);
    expect(call("CSAT", column(5, 4, 3, 2), 5, 3)).toBe(0.75);
    expect(call("CSAT", column("5", 4, 3, 2), "5", "5")).toBe(0.25);
  });

  it("asks for satisfied_min on other scales and checks it", () => {
    expect(() => call("CSAT", column(1, 4), 4)).toThrow(
      'CSAT: a 1–4 scale has no standard "satisfied" rating; pass satisfied_min (the lowest satisfied rating).',
    );
    expect(call("CSAT", column(1, 4), 4, 3)).toBe(0.5);
    expect(() => call("CSAT", column(5), 5, 6)).toThrow(
      "CSAT: satisfied_min is 6; it must be a whole number from 2 to 5 (scale_max).",
    );
    expect(() => call("CSAT", column(5), 0)).toThrow(
      "CSAT: scale_max is 0; it must be a whole number from 2 to 100.",
    );
    expect(() => call("CSAT", column(5), [[5], [7]])).toThrow(
      "CSAT: scale_max must be a single value, not a range of 2×1 cells.",
    );
  });

  it("refuses ratings off the scale, hinting at scale_max", () => {
    expect(() => call("CSAT", column(5, 9, 10))).toThrow(
      "CSAT: ratings row 2 holds 9, not a whole number from 1 to 5 (2 rows like this). Set scale_max if your ratings do not run from 1 to 5.",
    );
    expect(() => call("CSAT", column(""))).toThrow("CSAT: ratings has no responses: every cell is blank.");
  });

  it("CSAT_STATS gives counts, a Wilson interval and the mean rating", () => {
    const table = call("CSAT_STATS", column(5, 5, 4, 4, 4, 4, 4, 4, 3, 1)) as unknown[][];
    expect(table.map((r) => r[0])).toEqual([
      "Responses",
      "Satisfied",
      "CSAT",
      "CSAT low (95%)",
      "CSAT high (95%)",
      "Mean rating",
    ]);
    expect(row(table, "Responses")).toBe(10);
    expect(row(table, "Satisfied")).toBe(8);
    expect(row(table, "CSAT")).toBe(0.8);
    expect(row(table, "CSAT low (95%)")).toBeCloseTo(0.4902, 3);
    expect(row(table, "CSAT high (95%)")).toBeCloseTo(0.9433, 3);
    expect(row(table, "Mean rating")).toBeCloseTo(3.8, 12);
  });
});

describe("CES", () => {
  it('"agree" counts ratings at or above agree_min; "mean" averages', () => {
    expect(call("CES", column(5, 4, 3, 2))).toBe(0.5);
    expect(call("CES", column(7, 5, 4, 1), 7)).toBe(0.5);
    expect(call("CES", column(7, 5, 4, 1), 7, "agree", 7)).toBe(0.25);
    expect(call("CES", column(7, 5, 4, 1), 7, " Mean ")).toBe(4.25);
    expect(call("CES", column(10, 1), 10, "mean")).toBe(5.5);
  });

  it("explains what is wrong with its options", () => {
    expect(() => call("CES", column(9), 10)).toThrow(
      /CES: a 1–10 scale has no standard "agree" rating; pass agree_min/,
    );
    expect(() => call("CES", column(5), 5, "median")).toThrow(
      'CES: method is "median"; use one of "agree", "mean".',
    );
    expect(() => call("CES", column(5), 5, "agree", 6)).toThrow(/CES: agree_min is 6/);
    expect(() => call("CES", column(5), 5, "agree", "four")).toThrow(
      'CES: agree_min is "four", not a number.',
    );
  });
});
