/**
 * VOLUME_FORECAST: the next periods' counts from a column of counts per period, with an 80 %
 * prediction interval. metrics/forecast.ts does the forecasting; this reads the column.
 * Its docs follow it (build time only; see define.ts).
 */

import { isBlank } from "../input/values/cells";
import { FORECAST_METHODS, forecastVolume, MAX_COUNT, periodsNeeded } from "../metrics/forecast";
import type { CellValue } from "../platform/services";
import { asRows, Problems, parseNumber, prefixErrors, readChoice, readNumber } from "./args";
import { type CustomFunction, defineFunction, type FunctionDocs } from "./define";

/**
 * The counts of a one-column (or one-row) range, oldest first. Trailing blanks (an open-ended B2:B)
 * are skipped; a blank between counts is an error, since a missing period would shift the season.
 */
function readHistory(fn: string, value: unknown): number[] {
  const rows = asRows(value);
  const cells: unknown[] =
    rows.length === 1 ? rows[0] : rows.map((row) => (Array.isArray(row) ? row : [row]));
  if (rows.length > 1 && rows.some((row) => Array.isArray(row) && row.length > 1)) {
    throw new Error(
      `${fn}: history must be one column of counts (or one row), not ${rows.length}×${rows[0].length} cells; pass only the counts, e.g. the Total column of TICKET_VOLUME.`,
    );
  }
  let end = cells.length;
  const cellAt = (i: number) => {
    const cell = cells[i];
    return Array.isArray(cell) ? cell[0] : cell;
  };
  while (end > 0 && isBlank(cellAt(end - 1))) end--;
  const counts: number[] = [];
  const problems = new Problems(fn, "history", `a count of 0 or more`);
  const blanks = new Problems(fn, "history", "a count");
  for (let i = 0; i < end; i++) {
    const cell = cellAt(i);
    if (isBlank(cell)) {
      blanks.add(i + 1, cell);
      continue;
    }
    const n = parseNumber(cell);
    if (n >= 0 && n <= MAX_COUNT) counts.push(n);
    else problems.add(i + 1, cell);
  }
  problems.throwIfAny("Start the range below any header, with the oldest period first.");
  blanks.throwIfAny("Every period needs a count: type 0 for a period without tickets.");
  return counts;
}

const volumeForecast = defineFunction({
  name: "VOLUME_FORECAST",
  params: [
    { name: "history" },
    { name: "horizon", optional: true },
    { name: "season_length", optional: true },
    { name: "method", optional: true },
  ],
  example: '=VOLUME_FORECAST(C2:C, 3, 12, "auto")',
  run([historyValue, horizonValue, seasonValue, methodValue]) {
    const fn = "VOLUME_FORECAST";
    const horizon = readNumber(fn, "horizon", horizonValue, { default: 1, min: 1, integer: true });
    const seasonLength = readNumber(fn, "season_length", seasonValue, { default: 12, min: 1, integer: true });
    const method = readChoice(fn, "method", methodValue, FORECAST_METHODS, "auto");
    const history = readHistory(fn, historyValue);
    if (history.length === 0) {
      throw new Error(
        `${fn}: history has no counts: every cell is blank. Pass a column of counts per period, oldest first (at least ${periodsNeeded(method, seasonLength)} with season_length ${seasonLength}).`,
      );
    }
    const result = prefixErrors(fn, () => forecastVolume(history, horizon, seasonLength, method));
    return result.points.map((p): CellValue[] => [p.forecast, p.low, p.high]);
  },
});

function volumeForecastDocs(): FunctionDocs<typeof volumeForecast> {
  return {
    function: volumeForecast,
    summary: "Forecast the next periods' ticket counts, with an 80 % prediction interval.",
    convention:
      "history is a column of counts per period (day, week or month), oldest first, e.g. TICKET_VOLUME's Total column; " +
      "trailing blanks are skipped, a blank between counts is an error. Methods: seasonal_naive (each period repeats the " +
      "same period one season earlier), seasonal_average (the mean of the same period over up to three previous " +
      "seasons), holt_winters (additive level, trend and season; start values as in the NIST/SEMATECH e-Handbook " +
      "§6.4.3.5, smoothing constants fitted by least squares of the one-step errors), auto (the method with the lowest " +
      "error when each forecasts the last season from the periods before it, one period at a time; ties go to the " +
      "simpler). The interval is forecast ± 1.28 × the root mean squared error of that backtest up to each horizon, so " +
      "it widens with the horizon; counts stop at 0. History needed: one season plus one period (holt_winters: two " +
      "seasons plus one); the error says how many.",
    params: {
      history: { type: "range", help: "Counts per period, oldest first, one column (or one row)." },
      horizon: { type: "number", help: "How many periods to forecast (whole number, 1 or more); default 1." },
      season_length: {
        type: "number",
        help: "Periods per season: 12 for months in a year (default), 52 for weeks, 7 for days in a week.",
      },
      method: {
        type: "text",
        help: "auto (default), seasonal_naive, seasonal_average or holt_winters.",
      },
    },
    returns: "horizon rows of three columns: forecast, low and high of the 80 % interval",
  };
}

export const forecastFunctions: CustomFunction[] = [volumeForecast];

/** Build time only: the help texts of `forecastFunctions`, in the same order. */
export const forecastDocs: (() => FunctionDocs)[] = [volumeForecastDocs];
