/**
 * A recorded chart (type, data ranges, options, anchor) turned into what the page's charting
 * library draws: x labels from the first column, one series per further column named by the
 * header row, read from the chart's data range as Sheets would read it now.
 */
import type { ChartSpec } from "../src/offline/charts";
import { optionValue } from "../src/offline/charts";
import { instantToSerial } from "../src/offline/serial";
import type { OfflineSpreadsheet } from "../src/offline/spreadsheet";
import type { ChartView } from "./types";

const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 371;

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

function positive(value: unknown, fallback: number): number {
  return typeof value === "number" && value > 0 ? value : fallback;
}

function legendOf(value: unknown): string {
  const position = typeof value === "string" ? value : (value as { position?: unknown } | null)?.position;
  return typeof position === "string" && ["right", "bottom", "top", "left", "none"].includes(position)
    ? position
    : "right";
}

interface Block {
  values: unknown[][];
  display: string[][];
}

/** The chart's ranges side by side (Sheets puts several ranges of one height next to each other). */
function readRanges(book: OfflineSpreadsheet, spec: ChartSpec): Block | string {
  const blocks: Block[] = [];
  for (const range of spec.ranges) {
    const sheet = book.sheet(range.sheet);
    if (!sheet) return `its data range is on tab "${range.sheet}", which no longer exists`;
    blocks.push({ values: sheet.peekValues(range.a1), display: sheet.peekDisplayValues(range.a1) });
  }
  if (blocks.length === 0) return "it has no data range";
  const height = blocks[0].values.length;
  if (blocks.some((b) => b.values.length !== height)) return "its data ranges have different numbers of rows";
  return {
    values: blocks[0].values.map((_, r) => blocks.flatMap((b) => b.values[r])),
    display: blocks[0].display.map((_, r) => blocks.flatMap((b) => b.display[r])),
  };
}

/** The page's view of a chart (see the module comment). */
export function chartView(book: OfflineSpreadsheet, spec: ChartSpec): ChartView {
  const options = new Map(Object.entries(spec.options));
  const colors = optionValue(options, "colors");
  const minValue = optionValue(options, "vAxis.minValue") ?? optionValue(options, "vAxis.viewWindow.min");
  const view: ChartView = {
    id: spec.chartId ?? 0,
    type: spec.type ?? "",
    stacked: optionValue(options, "isStacked") === true,
    title: text(optionValue(options, "title")),
    hAxisTitle: text(optionValue(options, "hAxis.title")),
    vAxisTitle: text(optionValue(options, "vAxis.title")),
    legend: legendOf(optionValue(options, "legend")),
    width: positive(optionValue(options, "width"), DEFAULT_WIDTH),
    height: positive(optionValue(options, "height"), DEFAULT_HEIGHT),
    minValue: typeof minValue === "number" ? minValue : null,
    colors: Array.isArray(colors) ? colors.map(String) : null,
    labels: [],
    series: [],
    anchor: spec.position,
    source: spec.ranges.map((r) => `${r.sheet}!${r.a1}`).join(", "),
  };
  if (spec.type !== "LINE" && spec.type !== "COLUMN")
    view.problem = `the playground draws line and column charts; this one is ${spec.type}`;
  const block = readRanges(book, spec);
  if (typeof block === "string") {
    view.problem = block;
    return view;
  }
  const { values, display } = block;
  // Sheets guesses the header rows when none were set: a first row of text names the series.
  const headers =
    spec.numHeaders ?? (values[0]?.slice(1).some((v) => typeof v === "string" && v !== "") ? 1 : 0);
  const columns = values[0]?.length ?? 0;
  view.labels = display.slice(headers).map((row) => row[0]);
  for (let c = 1; c < columns; c++) {
    view.series.push({
      name:
        headers > 0
          ? display
              .slice(0, headers)
              .map((row) => row[c])
              .join(" ")
          : `Series ${c}`,
      // A date or duration cell is its serial number to a chart, as in Sheets.
      data: values.slice(headers).map((row) => {
        const value = row[c];
        if (typeof value === "number") return value;
        return value instanceof Date ? instantToSerial(value.getTime(), book.timeZone) : null;
      }),
    });
  }
  if (view.series.length === 0) view.problem = "its data range has only one column (no series)";
  return view;
}
