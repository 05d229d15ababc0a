/**
 * Additive Holt-Winters (triple exponential smoothing): a level, a trend and one seasonal term per
 * period of the season, each updated by its own smoothing constant after every observation.
 *
 *   level  ℓₜ = α (yₜ − sₜ₋L) + (1 − α)(ℓₜ₋₁ + bₜ₋₁)
 *   trend  bₜ = γ (ℓₜ − ℓₜ₋₁) + (1 − γ) bₜ₋₁
 *   season sₜ = β (yₜ − ℓₜ) + (1 − β) sₜ₋L
 *   forecast m periods ahead: ℓₜ + m·bₜ + the latest seasonal term of that period
 *
 * (α, β, γ as in the NIST/SEMATECH e-Handbook §6.4.3.5; its equations are the multiplicative form,
 * these the additive one, which suits counts whose seasonal swing does not grow with the level.)
 *
 * Start values follow §6.4.3.5: the trend is the mean over one season of (y_{L+i} − y_i) ÷ L, which
 * needs two complete seasons; each period's seasonal term is its average deviation from its season's
 * mean over all complete seasons (the handbook divides instead: ratios, for the multiplicative form);
 * the level starts at the first season's mean. α, β, γ are the values in [0, 1] that minimise the
 * sum of squared one-step errors over the history after the first season.
 */
import { minimizeInUnitBox, refineInUnitBox } from "./minimize";

export interface SmoothingConstants {
  /** Level. */
  alpha: number;
  /** Season. */
  beta: number;
  /** Trend. */
  gamma: number;
}

export interface StartValues {
  /** Level at the end of the first season: that season's mean. */
  level: number;
  trend: number;
  /** One term per period of the season, in the order of the first season. */
  season: Float64Array;
  /** The mean of each complete season, oldest first (what the seasonal terms are measured from). */
  seasonMeans: number[];
}

/** Periods Holt-Winters needs to start: two complete seasons. */
export function holtWintersMinimum(seasonLength: number): number {
  return 2 * seasonLength;
}

/** NIST §6.4.3.5 start values from the first `length` values of `y` (at least two seasons). */
export function startValues(y: ArrayLike<number>, seasonLength: number, length = y.length): StartValues {
  const L = seasonLength;
  if (length < 2 * L) throw new Error(`Holt-Winters needs two seasons (${2 * L} periods) to start.`);
  let trend = 0;
  for (let i = 0; i < L; i++) trend += (y[L + i] - y[i]) / L;
  trend /= L;
  const seasons = Math.floor(length / L);
  const seasonMeans: number[] = [];
  for (let p = 0; p < seasons; p++) {
    let sum = 0;
    for (let i = 0; i < L; i++) sum += y[p * L + i];
    seasonMeans.push(sum / L);
  }
  const season = new Float64Array(L);
  for (let i = 0; i < L; i++) {
    let sum = 0;
    for (let p = 0; p < seasons; p++) sum += y[p * L + i] - seasonMeans[p];
    season[i] = sum / seasons;
  }
  return { level: seasonMeans[0], trend, season, seasonMeans };
}

/**
 * The smoothing run over y[0..length): its state after the last value, ready to forecast or to take
 * more values one by one. The first season only starts it; updates begin with period L.
 */
export class HoltWinters {
  level: number;
  trend: number;
  /** The latest seasonal term of each period of the season, by t mod L. */
  readonly season: Float64Array;
  /** Index of the next period. */
  next: number;

  constructor(
    readonly constants: SmoothingConstants,
    start: StartValues,
  ) {
    this.level = start.level;
    this.trend = start.trend;
    this.season = Float64Array.from(start.season);
    this.next = start.season.length;
  }

  /** The forecast `steps` periods after the last value taken (steps ≥ 1). */
  forecast(steps: number): number {
    const L = this.season.length;
    return this.level + steps * this.trend + this.season[(this.next + steps - 1) % L];
  }

  /** Takes the next observation; returns its one-step error (observed − forecast). */
  update(value: number): number {
    const { alpha, beta, gamma } = this.constants;
    const phase = this.next % this.season.length;
    const seasonal = this.season[phase];
    const error = value - (this.level + this.trend + seasonal);
    const level = alpha * (value - seasonal) + (1 - alpha) * (this.level + this.trend);
    this.trend = gamma * (level - this.level) + (1 - gamma) * this.trend;
    this.season[phase] = beta * (value - level) + (1 - beta) * seasonal;
    this.level = level;
    this.next++;
    return error;
  }
}

/** Season terms of one SSE evaluation, reused: the optimiser calls it hundreds of times per fit. */
let scratch = new Float64Array(0);

/**
 * Sum of squared one-step errors over y[L..length) for the given constants: HoltWinters.update's
 * equations in one loop over a reused buffer, since this is the optimiser's inner loop.
 */
export function oneStepSse(
  y: ArrayLike<number>,
  length: number,
  start: StartValues,
  constants: SmoothingConstants,
): number {
  const { alpha, beta, gamma } = constants;
  const L = start.season.length;
  if (scratch.length < L) scratch = new Float64Array(L);
  const season = scratch;
  season.set(start.season);
  let level = start.level;
  let trend = start.trend;
  let sse = 0;
  for (let t = L, phase = 0; t < length; t++) {
    const value = y[t];
    const seasonal = season[phase];
    const error = value - (level + trend + seasonal);
    sse += error * error;
    const next = alpha * (value - seasonal) + (1 - alpha) * (level + trend);
    trend = gamma * (next - level) + (1 - gamma) * trend;
    season[phase] = beta * (value - next) + (1 - beta) * seasonal;
    level = next;
    if (++phase === L) phase = 0;
  }
  return sse;
}

export interface HoltWintersFit {
  constants: SmoothingConstants;
  start: StartValues;
  /** The fitted run, after y[length − 1]. */
  model: HoltWinters;
  /** Sum of squared one-step errors of the fitted constants. */
  sse: number;
}

/**
 * Fits α, β, γ on y[0..length) by least squares of the one-step errors, and runs the model through.
 * `near`: constants fitted on a slightly shorter history, to refine from instead of searching the
 * whole box again.
 */
export function fitHoltWinters(
  y: ArrayLike<number>,
  seasonLength: number,
  length = y.length,
  near?: SmoothingConstants,
): HoltWintersFit {
  const start = startValues(y, seasonLength, length);
  const asConstants = (x: number[]): SmoothingConstants => ({ alpha: x[0], beta: x[1], gamma: x[2] });
  const sse = (x: number[]) => oneStepSse(y, length, start, asConstants(x));
  const best = near ? refineInUnitBox(sse, [near.alpha, near.beta, near.gamma]) : minimizeInUnitBox(sse, 3);
  const constants = asConstants(best.x);
  const model = new HoltWinters(constants, start);
  for (let t = model.next; t < length; t++) model.update(y[t]);
  return { constants, start, model, sse: best.value };
}
