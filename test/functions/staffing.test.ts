import { describe, expect, it } from "vitest";
import { type Result, specOf } from "../../src/functions/define";
import { forecastDocs, forecastFunctions } from "../../src/functions/forecast";
import { staffingDocs, staffingFunctions } from "../../src/functions/staffing";

const all = [...staffingFunctions, ...forecastFunctions];

function call(name: string, ...args: unknown[]): Result {
  const spec = all.find((s) => s.name === name);
  if (!spec) throw new Error(`no ${name}`);
  return spec.run(args, { timeZone: () => "UTC" });
}

describe("staffing and forecast functions: specs", () => {
  it("has the names and argument order fixed by the issue", () => {
    expect(
      all.map((s) => `${s.name}(${s.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`),
    ).toEqual([
      "ERLANG_C(contacts, interval_minutes, handle_seconds, agents)",
      "SERVICE_LEVEL(contacts, interval_minutes, handle_seconds, agents, answer_within_seconds)",
      "AGENTS_NEEDED(contacts, interval_minutes, handle_seconds, target_service_level, answer_within_seconds, [max_occupancy], [shrinkage], [concurrency])",
      "VOLUME_FORECAST(history, [horizon], [season_length], [method])",
    ]);
  });

  it("documents every parameter and says each optional one's default", () => {
    for (const spec of [...staffingDocs, ...forecastDocs].map((docs) => specOf(docs()))) {
      expect(spec.example.startsWith(`=${spec.name}(`), spec.name).toBe(true);
      for (const p of spec.params)
        if (p.optional) expect(p.help, `${spec.name} ${p.name}`).toMatch(/default/);
    }
  });
});

describe("ERLANG_C, SERVICE_LEVEL, AGENTS_NEEDED", () => {
  it("accept numbers typed as text, 1×1 ranges and percentages as fractions", () => {
    expect(call("ERLANG_C", "100", [[30]], " 180 ", 14)).toBeCloseTo(0.17413, 5);
    const table = call("AGENTS_NEEDED", 100, 30, 180, 0.8, 20, "", "", "") as [string, number][];
    // Blank optionals take their defaults: 85 % occupancy, no shrinkage, one contact at a time.
    expect(table[0][1]).toBe(14);
    expect(table[1][1]).toBe(14);
  });

  it("name the function and the argument, and say how to fix it", () => {
    expect(() => call("ERLANG_C", 100, 30, 180, 9)).toThrow(
      "ERLANG_C: 9 agents cannot keep up with a traffic of 10 Erlangs (contacts × handle time ÷ interval): the queue would grow without end. At least 11 agents are needed.",
    );
    expect(() => call("ERLANG_C", 100, 30, 180, 14.5)).toThrow(
      /ERLANG_C: agents is 14.5, not a whole number/,
    );
    expect(() => call("SERVICE_LEVEL", -1, 30, 180, 14, 20)).toThrow(
      /SERVICE_LEVEL: contacts is -1; it must be at least 0/,
    );
    expect(() => call("SERVICE_LEVEL", 100, 30, "three minutes", 14, 20)).toThrow(
      /SERVICE_LEVEL: handle_seconds is "three minutes", not a number/,
    );
    expect(() => call("AGENTS_NEEDED", 100, 30, 180, 80, 20)).toThrow(
      /AGENTS_NEEDED: target_service_level is 80; it must be a fraction more than 0 and less than 1, e.g. 0.8 for 80%/,
    );
    expect(() => call("AGENTS_NEEDED", 100, 30, 180, 0.8, 20, 0.85, 1)).toThrow(
      /AGENTS_NEEDED: shrinkage is 1/,
    );
  });
});

describe("VOLUME_FORECAST", () => {
  const monthly = Array.from({ length: 30 }, (_, t) => [100 + 3 * t + (t % 12 === 11 ? 40 : 0)]);

  it("returns horizon rows of forecast, low and high; skips trailing blanks; reads a row too", () => {
    const rows = call("VOLUME_FORECAST", [...monthly, [""], [""]], 3) as number[][];
    expect(rows).toHaveLength(3);
    for (const [forecast, low, high] of rows) {
      expect(low).toBeLessThanOrEqual(forecast);
      expect(high).toBeGreaterThanOrEqual(forecast);
    }
    const asRow = call("VOLUME_FORECAST", [monthly.map((r) => r[0])], 3);
    expect(asRow).toEqual(rows);
  });

  it("says what is wrong with the history, where, and how to fix it", () => {
    expect(() => call("VOLUME_FORECAST", [["Total"], ...monthly])).toThrow(
      /VOLUME_FORECAST: history row 1 holds "Total", not a count of 0 or more\. Start the range below any header/,
    );
    expect(() => call("VOLUME_FORECAST", [[5], [""], [7], [""]])).toThrow(
      /VOLUME_FORECAST: history row 2 holds "", not a count\. Every period needs a count: type 0/,
    );
    expect(() =>
      call("VOLUME_FORECAST", [
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(/history must be one column/);
    expect(() => call("VOLUME_FORECAST", [[""], [""]])).toThrow(/history has no counts: every cell is blank/);
    expect(() => call("VOLUME_FORECAST", monthly, 1, 12, "arima")).toThrow(
      /VOLUME_FORECAST: method is "arima"; use one of "auto", "seasonal_naive", "seasonal_average", "holt_winters"/,
    );
    expect(() => call("VOLUME_FORECAST", monthly.slice(0, 20), 1, 12, "holt_winters")).toThrow(
      /VOLUME_FORECAST: history has 20 periods; holt_winters with season_length 12 needs at least 25/,
    );
  });
});
