/**
 * The two plain seasonal forecasts, as models that take observations one by one (so a backtest can
 * roll them forward) and forecast any number of periods ahead:
 * - seasonal naive: each period repeats the same period one season earlier (its latest value);
 * - seasonal average: the mean of the same period over the previous seasons available, up to three.
 * With a season of 1 they are the last value and the mean of the last three.
 */

/** What every forecasting model offers: the forecast `steps` ahead of the last value, and an update. */
export interface ForecastModel {
  forecast(steps: number): number;
  update(value: number): void;
}

/** Seasons the seasonal average looks back over. */
export const AVERAGE_SEASONS = 3;

/** The latest `depth` values of each period of the season, from y[0..length). */
export class SeasonalModel implements ForecastModel {
  /** `depth` slots per period: values[phase * depth + k], filled round-robin. */
  private readonly values: Float64Array;
  private readonly counts: Int32Array;
  private next = 0;

  constructor(
    private readonly seasonLength: number,
    private readonly depth: number,
    y: ArrayLike<number>,
    length = y.length,
  ) {
    this.values = new Float64Array(seasonLength * depth);
    this.counts = new Int32Array(seasonLength);
    for (let t = 0; t < length; t++) this.update(y[t]);
  }

  update(value: number): void {
    const phase = this.next % this.seasonLength;
    this.values[phase * this.depth + (this.counts[phase] % this.depth)] = value;
    this.counts[phase]++;
    this.next++;
  }

  /** The mean of the kept values of the period `steps` ahead (needs a full season taken). */
  forecast(steps: number): number {
    const phase = (this.next + steps - 1) % this.seasonLength;
    const kept = Math.min(this.counts[phase], this.depth);
    let sum = 0;
    for (let k = 0; k < kept; k++) sum += this.values[phase * this.depth + k];
    return sum / kept;
  }
}

/** Seasonal naive from y[0..length): a season of history at least. */
export function seasonalNaive(y: ArrayLike<number>, seasonLength: number, length = y.length): SeasonalModel {
  return new SeasonalModel(seasonLength, 1, y, length);
}

/** Seasonal average (up to three seasons) from y[0..length): a season of history at least. */
export function seasonalAverage(
  y: ArrayLike<number>,
  seasonLength: number,
  length = y.length,
): SeasonalModel {
  return new SeasonalModel(seasonLength, AVERAGE_SEASONS, y, length);
}
