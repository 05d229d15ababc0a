/**
 * Forecasting counts per period (tickets per month, week, …) with an 80 % prediction interval, by one
 * of three methods or by the one that did best on the recent past ("auto").
 *
 * Backtest: a rolling origin over the last season. The method is fitted once on the history before
 * the season (Holt-Winters' constants included) and rolled forward one observation at a time; from
 * each origin it forecasts every period up to the history's end, so each horizon h gets its errors
 * (observed − forecast). "auto" picks the method with the lowest root mean squared error over
 * horizons 1…horizon; ties go to the simpler method.
 *
 * Interval: forecast ± z·σₕ with z = 1.2816 (10 % either side under a normal error), where σₕ is the
 * root mean square of the backtest errors at horizons 1…h, never narrower than at h − 1; beyond the
 * longest horizon the backtest measured, σ grows with √h. Counts cannot be negative, so forecasts and
 * lows stop at 0. The final forecast refits the method on the whole history.
 */
import { fitHoltWinters, HoltWinters, holtWintersMinimum } from "./holt-winters";
import { type ForecastModel, seasonalAverage, seasonalNaive } from "./seasonal-forecast";

export const FORECAST_METHODS = ["auto", "seasonal_naive", "seasonal_average", "holt_winters"] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];
export type FittedMethod = Exclude<ForecastMethod, "auto">;

/** In the order "auto" prefers them on a tie: simpler first. */
const FITTED: readonly FittedMethod[] = ["seasonal_naive", "seasonal_average", "holt_winters"];

/** The 90th percentile of the standard normal: an 80 % interval leaves 10 % on either side. */
export const INTERVAL_Z = 1.2815515655446004;
/** Largest count per period accepted: far above any helpdesk, and far from floating-point overflow. */
export const MAX_COUNT = 1e15;
export const MAX_HORIZON = 1000;
export const MAX_SEASON_LENGTH = 1000;

export interface ForecastPoint {
  forecast: number;
  /** Low and high end of the 80 % prediction interval. */
  low: number;
  high: number;
}

export interface VolumeForecast {
  method: FittedMethod;
  /** One per period ahead, 1…horizon. */
  points: ForecastPoint[];
  /** Root mean squared backtest error at horizon 1 (one period ahead). */
  backtestError: number;
  /** How many origins the backtest rolled over. */
  backtestOrigins: number;
}

/** Periods a method needs to forecast at all. */
function minimum(method: FittedMethod, seasonLength: number): number {
  return method === "holt_winters" ? holtWintersMinimum(seasonLength) : seasonLength;
}

/**
 * Periods of history a method needs: enough to forecast, plus one to measure an error for the
 * interval. "auto" needs what seasonal naive needs.
 */
export function periodsNeeded(method: ForecastMethod, seasonLength: number): number {
  return minimum(method === "auto" ? "seasonal_naive" : method, seasonLength) + 1;
}

/** Why a method needs that many periods, for the error message. */
function needsWhy(method: ForecastMethod, seasonLength: number): string {
  const seasons = method === "holt_winters" ? `two seasons (${2 * seasonLength} periods)` : `one season`;
  return `${seasons} to start from and one more period to measure its error`;
}

/** `near`: a Holt-Winters fitted on a shorter history, whose constants the new fit starts from. */
function fitModel(
  method: FittedMethod,
  y: ArrayLike<number>,
  seasonLength: number,
  length: number,
  near?: ForecastModel,
): ForecastModel {
  switch (method) {
    case "seasonal_naive":
      return seasonalNaive(y, seasonLength, length);
    case "seasonal_average":
      return seasonalAverage(y, seasonLength, length);
    case "holt_winters":
      return fitHoltWinters(y, seasonLength, length, near instanceof HoltWinters ? near.constants : undefined)
        .model;
  }
}

/** Backtest errors by horizon: sums of squares and counts, index h = 1…(n − firstOrigin). */
interface Backtest {
  squares: Float64Array;
  counts: Int32Array;
  origins: number;
  /** The model as fitted before the first origin. */
  model: ForecastModel;
}

function backtest(
  method: FittedMethod,
  y: ArrayLike<number>,
  seasonLength: number,
  firstOrigin: number,
): Backtest {
  const n = y.length;
  const longest = n - firstOrigin;
  const squares = new Float64Array(longest + 1);
  const counts = new Int32Array(longest + 1);
  const model = fitModel(method, y, seasonLength, firstOrigin);
  for (let origin = firstOrigin; origin < n; origin++) {
    for (let h = 1; origin + h <= n; h++) {
      const e = y[origin + h - 1] - model.forecast(h);
      squares[h] += e * e;
      counts[h]++;
    }
    model.update(y[origin]);
  }
  return { squares, counts, origins: longest, model };
}

/** σₕ for h = 1…horizon from the backtest (see the module's comment); index 0 unused. */
function spreads(test: Backtest, horizon: number): Float64Array {
  const sigma = new Float64Array(horizon + 1);
  const measured = test.squares.length - 1;
  let squares = 0;
  let count = 0;
  for (let h = 1; h <= horizon; h++) {
    let s: number;
    if (h <= measured) {
      squares += test.squares[h];
      count += test.counts[h];
      s = Math.sqrt(squares / count);
    } else s = sigma[measured] * Math.sqrt(h / measured);
    sigma[h] = Math.max(s, sigma[h - 1]);
  }
  return sigma;
}

/** Root mean squared error over horizons 1…min(horizon, measured): what "auto" compares. */
function rmse(test: Backtest, horizon: number): number {
  let squares = 0;
  let count = 0;
  for (let h = 1; h <= Math.min(horizon, test.squares.length - 1); h++) {
    squares += test.squares[h];
    count += test.counts[h];
  }
  return Math.sqrt(squares / count);
}

/** Throws unless the history is a list of finite counts, 0 to MAX_COUNT. */
function checkHistory(y: ArrayLike<number>): void {
  for (let t = 0; t < y.length; t++) {
    const v = y[t];
    if (!(v >= 0 && v <= MAX_COUNT)) {
      throw new Error(`history period ${t + 1} is ${v}; counts must be from 0 to ${MAX_COUNT}.`);
    }
  }
}

function checkWhole(name: string, value: number, max: number): void {
  if (!(Number.isInteger(value) && value >= 1 && value <= max)) {
    throw new Error(`${name} is ${value}; it must be a whole number from 1 to ${max}.`);
  }
}

/**
 * The method "auto" picks, with its backtest: the lowest backtest error among the methods with a full
 * season to test on (seasonal naive, untested, when none has).
 */
function pickMethod(
  y: ArrayLike<number>,
  seasonLength: number,
  horizon: number,
): { method: FittedMethod; test?: Backtest } {
  const n = y.length;
  let best: { method: FittedMethod; test?: Backtest } = { method: "seasonal_naive" };
  let bestError = Number.POSITIVE_INFINITY;
  for (const method of FITTED) {
    if (n < minimum(method, seasonLength) + seasonLength) continue;
    const test = backtest(method, y, seasonLength, n - seasonLength);
    const error = rmse(test, horizon);
    if (error < bestError) {
      best = { method, test };
      bestError = error;
    }
  }
  return best;
}

/** Forecasts the `horizon` periods after `history` (oldest first) with an 80 % interval. */
export function forecastVolume(
  history: ArrayLike<number>,
  horizon: number,
  seasonLength: number,
  method: ForecastMethod,
): VolumeForecast {
  checkWhole("horizon", horizon, MAX_HORIZON);
  checkWhole("season_length", seasonLength, MAX_SEASON_LENGTH);
  checkHistory(history);
  const n = history.length;
  const needed = periodsNeeded(method, seasonLength);
  if (n < needed) {
    throw new Error(
      `history has ${n} period${n === 1 ? "" : "s"}; ${method} with season_length ${seasonLength} needs at least ${needed}: ${needsWhy(method, seasonLength)}.`,
    );
  }
  const picked = method === "auto" ? pickMethod(history, seasonLength, horizon) : { method };
  const chosen = picked.method;
  const firstOrigin = Math.max(minimum(chosen, seasonLength), n - seasonLength);
  const test = picked.test ?? backtest(chosen, history, seasonLength, firstOrigin);
  const sigma = spreads(test, horizon);
  // Refit on the whole history; Holt-Winters starts from the constants the backtest fitted.
  const model = fitModel(chosen, history, seasonLength, n, test.model);
  const points: ForecastPoint[] = [];
  for (let h = 1; h <= horizon; h++) {
    const raw = model.forecast(h);
    const forecast = Math.max(0, raw);
    const half = INTERVAL_Z * sigma[h];
    points.push({ forecast, low: Math.max(0, raw - half), high: Math.max(forecast, raw + half) });
  }
  return { method: chosen, points, backtestError: sigma[1], backtestOrigins: test.origins };
}
