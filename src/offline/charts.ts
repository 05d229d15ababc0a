/**
 * Embedded charts: the builder the add-on uses (`sheet.newChart().asLineChart()…build()`) and the
 * chart it inserts. Nothing is drawn here; the chart records its type, data ranges, header rows,
 * options and anchor, which tests assert and the playground draws.
 */
import type {
  ChartOptionsLike,
  EmbeddedChartBuilderLike,
  EmbeddedChartLike,
  RangeLike,
} from "../platform/services";
import type { CallLog } from "./call-log";
import { OfflineRange } from "./range";

/** Where a chart sits: its top-left corner's cell (1-based) and pixel offsets from it. */
export interface ChartPosition {
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
}

/** A chart's data range, by sheet name and A1 notation. */
export interface ChartRangeSpec {
  sheet: string;
  a1: string;
}

/** Everything recorded about a chart, as plain data. */
export interface ChartSpec {
  /** null until the chart is inserted into a sheet. */
  chartId: number | null;
  /** "LINE" once `asLineChart()` was called; null if no type was chosen. */
  type: string | null;
  ranges: ChartRangeSpec[];
  numHeaders: number | null;
  /** Options as set, keyed as given ("hAxis.title"). */
  options: Record<string, unknown>;
  position: ChartPosition | null;
}

function checkWhole(value: number, what: string, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new Error(`Invalid argument: ${what} must be a whole number of at least ${min}, not ${value}.`);
}

/** Chart options as `EmbeddedChart.getOptions()` gives them, with dotted paths ("hAxis.title"). */
export class OfflineChartOptions implements ChartOptionsLike {
  constructor(
    private readonly calls: CallLog,
    private readonly options: ReadonlyMap<string, unknown>,
  ) {}

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script's own signature
  get(option: string): any {
    this.calls.count("ChartOptions.get");
    return optionValue(this.options, option);
  }
}

/**
 * An option by path: set directly, inside an object set at a parent path ("hAxis" → {title}), or
 * assembled from options set below it ("hAxis.title" → get("hAxis") = {title}).
 */
export function optionValue(options: ReadonlyMap<string, unknown>, path: string): unknown {
  if (options.has(path)) return options.get(path);
  const parts = path.split(".");
  for (let i = parts.length - 1; i > 0; i--) {
    let value = options.get(parts.slice(0, i).join("."));
    for (const key of parts.slice(i)) {
      value =
        value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    }
    if (value !== undefined) return value;
  }
  const below: Record<string, unknown> = {};
  let found = false;
  for (const [key, value] of options) {
    if (!key.startsWith(`${path}.`)) continue;
    found = true;
    let target = below;
    const rest = key.slice(path.length + 1).split(".");
    for (const step of rest.slice(0, -1)) {
      if (typeof target[step] !== "object" || target[step] === null) target[step] = {};
      target = target[step] as Record<string, unknown>;
    }
    target[rest[rest.length - 1]] = value;
  }
  return found ? below : null;
}

/** A built chart; inserted into a sheet it gets an id unique in the spreadsheet. */
export class OfflineChart implements EmbeddedChartLike {
  /** Set by `insertChart`. */
  chartId: number | null = null;

  constructor(
    private readonly calls: CallLog,
    readonly type: string | null,
    readonly ranges: readonly OfflineRange[],
    readonly numHeaders: number | null,
    readonly options: ReadonlyMap<string, unknown>,
    readonly position: ChartPosition | null,
  ) {}

  getChartId(): number | null {
    this.calls.count("EmbeddedChart.getChartId");
    return this.chartId;
  }

  getRanges(): RangeLike[] {
    this.calls.count("EmbeddedChart.getRanges");
    return this.ranges.map((r) => new OfflineRange(r.sheet, r.row, r.column, r.numRows, r.numColumns));
  }

  getOptions(): ChartOptionsLike {
    this.calls.count("EmbeddedChart.getOptions");
    return new OfflineChartOptions(this.calls, this.options);
  }

  /** The same chart with an id, as stored by the sheet it is inserted into. */
  withId(chartId: number): OfflineChart {
    const copy = new OfflineChart(
      this.calls,
      this.type,
      this.ranges,
      this.numHeaders,
      this.options,
      this.position,
    );
    copy.chartId = chartId;
    return copy;
  }

  /** Everything recorded, as plain data (not counted as a service call). */
  spec(): ChartSpec {
    return {
      chartId: this.chartId,
      type: this.type,
      ranges: this.ranges.map((r) => ({ sheet: r.sheet.name, a1: r.a1() })),
      numHeaders: this.numHeaders,
      options: Object.fromEntries(this.options),
      position: this.position ? { ...this.position } : null,
    };
  }
}

/** `Sheet.newChart()`: collects a chart's settings; every method returns the builder. */
export class OfflineChartBuilder implements EmbeddedChartBuilderLike {
  private type: string | null = null;
  private ranges: OfflineRange[] = [];
  private numHeaders: number | null = null;
  private options = new Map<string, unknown>();
  private position: ChartPosition | null = null;

  constructor(private readonly calls: CallLog) {}

  asColumnChart(): EmbeddedChartBuilderLike {
    this.calls.count("EmbeddedChartBuilder.asColumnChart");
    this.type = "COLUMN";
    return this;
  }

  asLineChart(): EmbeddedChartBuilderLike {
    this.calls.count("EmbeddedChartBuilder.asLineChart");
    this.type = "LINE";
    return this;
  }

  addRange(range: RangeLike): EmbeddedChartBuilderLike {
    this.calls.count("EmbeddedChartBuilder.addRange");
    if (!(range instanceof OfflineRange))
      throw new Error("addRange: the range is not from this spreadsheet.");
    this.ranges.push(range);
    return this;
  }

  setNumHeaders(headers: number): EmbeddedChartBuilderLike {
    this.calls.count("EmbeddedChartBuilder.setNumHeaders");
    checkWhole(headers, "setNumHeaders headers", 0);
    this.numHeaders = headers;
    return this;
  }

  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilderLike {
    this.calls.count("EmbeddedChartBuilder.setPosition");
    checkWhole(anchorRowPos, "setPosition anchorRowPos", 1);
    checkWhole(anchorColPos, "setPosition anchorColPos", 1);
    checkWhole(offsetX, "setPosition offsetX", 0);
    checkWhole(offsetY, "setPosition offsetY", 0);
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script's own signature
  setOption(option: string, value: any): EmbeddedChartBuilderLike {
    this.calls.count("EmbeddedChartBuilder.setOption");
    this.options.set(option, structuredClone(value));
    return this;
  }

  build(): OfflineChart {
    this.calls.count("EmbeddedChartBuilder.build");
    return new OfflineChart(
      this.calls,
      this.type,
      [...this.ranges],
      this.numHeaders,
      new Map(this.options),
      this.position && { ...this.position },
    );
  }
}
