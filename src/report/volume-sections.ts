/**
 * The ticket volume section of the report tab: its charts first, two side by side within the
 * width the sidebar leaves at 1280 px (tickets per month and per day by category, and by channel,
 * as stacked columns; created and resolved per month as lines; the backlog on its own chart), then
 * the tables they draw (from the log's first month on: no month before it is drawn as zeros) and
 * backlog aging at the month's end. Each category or channel keeps one colour in every chart.
 *
 * Months, created, resolved and the backlog come from the build's MonthTally (month-slots.ts), so
 * they are the tracker's own; one more pass buckets the tickets by category, channel and day (by the
 * cached zone clock) and ages the backlog. The grid's shape then depends on the calendar and on how
 * many categories and channels there are (capped), never on how many tickets.
 */

import type { Locale, MessageKey } from "../i18n/messages";
import { monthName } from "../i18n/month-name";
import { AGING_BUCKETS } from "../metrics/backlog";
import { DAY_MS, dayKey, firstDayOfMonth, parseMonthKey } from "../metrics/calendar";
import { zoneClock } from "../metrics/zoned-time";
import { a1, type Grid } from "./grid";
import { UNIT_FORMAT } from "./kpis-catalog";
import { firstSlotOf, type MonthTally, openAtEnd, tallyMonths } from "./month-slots";
import type { Area, CellStyle, ChartPlan } from "./plan";
import { type ReportContext, sayIn } from "./report-context";
import { HEADER_STYLE, NOTE_STYLE, SECTION_STYLE, SECTION_WIDTH, TABLE_TITLE_STYLE } from "./styles";

/** At most this many series per chart: with more groups, the 8 largest plus "Other". */
const MAX_SERIES = 9;

const COUNT: CellStyle = { numberFormat: UNIT_FORMAT.count };
const TOTAL: CellStyle = { bold: true, numberFormat: UNIT_FORMAT.count };

/**
 * Charts: two side by side, the first at column A and the second at CHART_COLUMN_2 (470 px in, at
 * the report's column widths), so both end left of a 300 px sidebar at 1280 px; the rows a row of
 * charts covers at Sheets' default 21 px row height, and one blank row after it.
 */
const CHART_WIDTH = 450;
const CHART_HEIGHT = 300;
const CHART_ROWS = Math.ceil(CHART_HEIGHT / 21) + 1;
const CHART_COLUMN_2 = 4;
/** One colour per category or channel, largest first, the same in every chart; Other is grey. */
const PALETTE = ["#4285f4", "#ea4335", "#fbbc04", "#34a853", "#ff6d01", "#46bdc6", "#ab47bc", "#7baaf7"];
const OTHER_COLOR = "#9aa0a6";
const CREATED_COLOR = "#4285f4";
const RESOLVED_COLOR = "#34a853";
const BACKLOG_COLOR = "#ff6d01";

/** Counts of one category or channel: per day of the month and per month of the 12. */
interface GroupCounts {
  key: string;
  daily: Float64Array;
  monthly: Float64Array;
}

/** Everything the volume sections show beyond the MonthTally, from one pass over the tickets. */
interface VolumeBuckets {
  /** Day labels ("2026-10-01") of the month. */
  dayLabels: string[];
  categories: GroupCounts[];
  channels: GroupCounts[];
  /** Whether any ticket created in the 12 months has a category / channel. */
  hasCategory: boolean;
  hasChannel: boolean;
  /** Backlog at the month's end per aging bucket, in AGING_BUCKETS order. */
  aging: number[];
}

/** Buckets every ticket once by category, channel and day, and ages the backlog (see the module comment). */
function bucketVolume(context: ReportContext, tally: MonthTally): VolumeBuckets {
  const { months, end, tickets } = context;
  const clock = zoneClock(context.timeZone);
  const monthCount = months.length;
  const last = monthCount - 1;

  const monthIndex = parseMonthKey(context.month);
  const firstDay = firstDayOfMonth(monthIndex);
  const dayCount = firstDayOfMonth(monthIndex + 1) - firstDay;

  const categories = new Map<string, GroupCounts>();
  const channels = new Map<string, GroupCounts>();
  const groupOf = (map: Map<string, GroupCounts>, key: string): GroupCounts => {
    let group = map.get(key);
    if (!group) {
      group = { key, daily: new Float64Array(dayCount), monthly: new Float64Array(monthCount) };
      map.set(key, group);
    }
    return group;
  };

  const aging = [0, 0, 0, 0];
  const [b0, b1, b2] = [AGING_BUCKETS[0].upTo, AGING_BUCKETS[1].upTo, AGING_BUCKETS[2].upTo];
  const { createdSlot, resolvedSlot } = tally;
  for (let i = 0; i < tickets.length; i++) {
    const cm = createdSlot[i];
    if (openAtEnd(cm, resolvedSlot[i], last)) {
      const days = Math.floor((end - tickets[i].created) / DAY_MS);
      aging[days < b0 ? 0 : days < b1 ? 1 : days < b2 ? 2 : 3]++;
    }
    if (cm < 0 || cm > last) continue;
    const ticket = tickets[i];
    const category = groupOf(categories, ticket.category);
    const channel = groupOf(channels, ticket.channel);
    category.monthly[cm]++;
    channel.monthly[cm]++;
    if (cm === last) {
      const day = clock.localDay(ticket.created) - firstDay;
      if (day >= 0 && day < dayCount) {
        category.daily[day]++;
        channel.daily[day]++;
      }
    }
  }

  const dayLabels: string[] = [];
  for (let d = 0; d < dayCount; d++) dayLabels.push(dayKey(firstDay + d));
  const hasKey = (map: Map<string, GroupCounts>) => [...map.keys()].some((k) => k !== "");
  return {
    dayLabels,
    categories: [...categories.values()],
    channels: [...channels.values()],
    hasCategory: hasKey(categories),
    hasChannel: hasKey(channels),
    aging,
  };
}

/** Series of a table: names and one column of counts per name. */
interface Series {
  names: string[];
  columns: ArrayLike<number>[];
  /** Groups with tickets, before capping. */
  distinct: number;
}

function sumOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}

/**
 * The groups with tickets, largest first (ties by name); beyond MAX_SERIES the largest
 * MAX_SERIES − 1 and "Other" (which also takes a group whose name is "Other", so no two
 * series share that name).
 */
function rankedSeries(
  groups: GroupCounts[],
  counts: (g: GroupCounts) => Float64Array,
  label: (key: string) => string,
  other: string,
  length: number,
): Series {
  const ranked = groups
    .map((g) => ({ g, total: sumOf(counts(g)) }))
    .filter((x) => x.total > 0)
    .sort((a, b) => b.total - a.total || (a.g.key < b.g.key ? -1 : a.g.key > b.g.key ? 1 : 0));
  if (ranked.length <= MAX_SERIES) {
    return {
      names: ranked.map((x) => label(x.g.key)),
      columns: ranked.map((x) => counts(x.g)),
      distinct: ranked.length,
    };
  }
  const names: string[] = [];
  const columns: ArrayLike<number>[] = [];
  const rest = new Float64Array(length);
  for (const { g } of ranked) {
    const name = label(g.key);
    if (names.length < MAX_SERIES - 1 && name !== other) {
      names.push(name);
      columns.push(counts(g));
    } else {
      const values = counts(g);
      for (let i = 0; i < length; i++) rest[i] += values[i];
    }
  }
  names.push(other);
  columns.push(rest);
  return { names, columns, distinct: ranked.length };
}

/** A table of counts with one row per label and one column per series, plus its chart. */
interface SeriesTable {
  title: string;
  xHeader: string;
  xAxisTitle: string;
  labels: string[];
  series: Series;
}

/** The colours of `names`, each keeping the colour it got in an earlier chart (`assigned`). */
function colorsOf(names: string[], assigned: Map<string, string>, other: string): string[] {
  return names.map((name) => {
    if (name === other) return OTHER_COLOR;
    let color = assigned.get(name);
    if (!color) {
      color = PALETTE[assigned.size % PALETTE.length];
      assigned.set(name, color);
    }
    return color;
  });
}

/**
 * Writes a title and the table (with a Total column when it has several series, and a Total row of
 * native SUMs) from `row`; returns the first free row after a blank one, and the chart's data.
 */
function writeSeriesTable(
  grid: Grid,
  row: number,
  table: SeriesTable,
  locale: Locale,
): { next: number; data: Area } {
  const { labels, series } = table;
  const say = sayIn(locale);
  grid.set(row, 1, table.title, TABLE_TITLE_STYLE);
  const header = row + 1;
  const first = header + 1;
  const lastRow = first + labels.length - 1;
  const totalRow = lastRow + 1;
  const seriesCount = series.names.length;
  const withTotal = seriesCount > 1;
  const width = 1 + seriesCount + (withTotal ? 1 : 0);

  grid.set(header, 1, table.xHeader, HEADER_STYLE);
  series.names.forEach((name, s) => {
    grid.set(header, 2 + s, name, HEADER_STYLE);
  });
  if (withTotal) grid.set(header, width, say("report.volume.header.total"), HEADER_STYLE);
  // Category names wrap, and their columns widen to their longest word: a header is never cut.
  grid.wraps.push({ row: header, column: 1, numRows: 1, numColumns: width });
  for (let i = 0; i < labels.length; i++) {
    const r = first + i;
    grid.set(r, 1, labels[i]);
    for (let s = 0; s < seriesCount; s++) grid.set(r, 2 + s, series.columns[s][i], COUNT);
    if (withTotal) grid.set(r, width, { formula: `=SUM(${a1(r, 2)}:${a1(r, 1 + seriesCount)})` }, TOTAL);
  }
  grid.set(totalRow, 1, say("report.volume.total"), TOTAL);
  for (let c = 2; c <= width; c++)
    grid.set(totalRow, c, { formula: `=SUM(${a1(first, c)}:${a1(lastRow, c)})` }, TOTAL);

  const data: Area = { row: header, column: 1, numRows: labels.length + 1, numColumns: 1 + seriesCount };
  return { next: totalRow + 2, data };
}

/** What the category and the channel tables differ in: their groups and their words. */
interface Dimension {
  groups: GroupCounts[];
  /** False when no ticket has a value: one "All tickets" series. */
  named: boolean;
  keys: { daily: MessageKey; monthly: MessageKey; blank: MessageKey; capped: MessageKey };
}

/** The daily and monthly tables of one dimension, and the note when it has too many groups to chart. */
function dimensionTables(
  buckets: VolumeBuckets,
  { groups, named, keys }: Dimension,
  context: ReportContext,
  first: number,
): { daily: SeriesTable; monthly: SeriesTable; capped: string | null } {
  const say = sayIn(context.locale);
  const label = (key: string) =>
    !named ? say("report.volume.allTickets") : key === "" ? say(keys.blank) : key;
  const other = say("report.volume.other");
  const allTickets = (length: number): Series => ({
    names: [say("report.volume.allTickets")],
    columns: [new Float64Array(length)],
    distinct: 0,
  });
  const days = buckets.dayLabels.length;
  const monthLabels = context.months.slice(first);
  const months = monthLabels.length;
  const daily = rankedSeries(groups, (g) => g.daily, label, other, days);
  const monthly = rankedSeries(groups, (g) => g.monthly.subarray(first), label, other, months);
  const name = (month: string) => monthName(month, context.locale);
  const span = {
    month: name(context.month),
    first: name(monthLabels[0]),
    last: name(monthLabels[months - 1]),
  };
  return {
    daily: {
      title: say(keys.daily, span),
      xHeader: say("report.volume.header.day"),
      xAxisTitle: say("report.volume.axis.day"),
      labels: buckets.dayLabels,
      series: daily.names.length > 0 ? daily : allTickets(days),
    },
    monthly: {
      title: say(keys.monthly, span),
      xHeader: say("report.volume.header.month"),
      xAxisTitle: say("report.volume.axis.month"),
      labels: monthLabels,
      series: monthly.names.length > 0 ? monthly : allTickets(months),
    },
    capped:
      monthly.distinct > MAX_SERIES
        ? say(keys.capped, {
            count: monthly.distinct,
            shown: MAX_SERIES - 1,
            rest: monthly.distinct - (MAX_SERIES - 1),
          })
        : null,
  };
}

/** The created, resolved and backlog table from the log's first month; returns the next row and its columns. */
function writeCreatedResolved(
  grid: Grid,
  row: number,
  tally: MonthTally,
  context: ReportContext,
  first: number,
): { next: number; lines: Area; months: Area; backlog: Area } {
  const say = sayIn(context.locale);
  const months = context.months.slice(first);
  const title = say("report.volume.createdResolved.title", {
    first: monthName(months[0], context.locale),
    last: monthName(months[months.length - 1], context.locale),
  });
  grid.set(row, 1, title, TABLE_TITLE_STYLE);
  grid.set(row + 1, 1, say("report.volume.createdResolved.note"), NOTE_STYLE);
  const header = row + 2;
  const headers: MessageKey[] = [
    "report.volume.header.month",
    "report.volume.header.created",
    "report.volume.header.resolved",
    "report.volume.header.backlog",
  ];
  headers.forEach((key, i) => {
    grid.set(header, 1 + i, say(key), HEADER_STYLE);
  });
  grid.wraps.push({ row: header, column: 1, numRows: 1, numColumns: headers.length });
  months.forEach((month, i) => {
    const r = header + 1 + i;
    grid.set(r, 1, month);
    grid.set(r, 2, tally.created[first + i], COUNT);
    grid.set(r, 3, tally.resolved[first + i], COUNT);
    grid.set(r, 4, tally.backlog[first + i], COUNT);
  });
  const numRows = months.length + 1;
  return {
    next: header + numRows + 1,
    lines: { row: header, column: 1, numRows, numColumns: 3 },
    months: { row: header, column: 1, numRows, numColumns: 1 },
    backlog: { row: header, column: 4, numRows, numColumns: 1 },
  };
}

const BUCKET_LABELS: MessageKey[] = [
  "report.backlog.bucket.0to2",
  "report.backlog.bucket.3to7",
  "report.backlog.bucket.8to30",
  "report.backlog.bucket.over30",
];

function writeAging(grid: Grid, row: number, buckets: VolumeBuckets, context: ReportContext): number {
  const say = sayIn(context.locale);
  const next = dayKey(firstDayOfMonth(parseMonthKey(context.month) + 1));
  grid.set(
    row,
    1,
    say("report.backlog.title", { month: monthName(context.month, context.locale) }),
    TABLE_TITLE_STYLE,
  );
  grid.set(row + 1, 1, say("report.backlog.note", { next }), NOTE_STYLE);
  const header = row + 2;
  grid.set(header, 1, say("report.backlog.header.age"), HEADER_STYLE);
  grid.set(header, 2, say("report.backlog.header.tickets"), HEADER_STYLE);
  grid.set(header, 3, say("report.backlog.header.share"), HEADER_STYLE);
  grid.wraps.push({ row: header, column: 1, numRows: 1, numColumns: 3 });
  const first = header + 1;
  const totalRow = first + BUCKET_LABELS.length;
  const total = a1(totalRow, 2);
  BUCKET_LABELS.forEach((key, i) => {
    const r = first + i;
    grid.set(r, 1, say(key));
    grid.set(r, 2, buckets.aging[i], COUNT);
    grid.set(
      r,
      3,
      { formula: `=IF(${total}=0;"";${a1(r, 2)}/${total})` },
      { numberFormat: UNIT_FORMAT.fraction },
    );
  });
  grid.set(totalRow, 1, say("report.backlog.total"), TOTAL);
  grid.set(totalRow, 2, { formula: `=SUM(${a1(first, 2)}:${a1(totalRow - 1, 2)})` }, TOTAL);
  grid.set(
    totalRow,
    3,
    { formula: `=IF(${total}=0;"";SUM(${a1(first, 3)}:${a1(totalRow - 1, 3)}))` },
    { bold: true, numberFormat: UNIT_FORMAT.fraction },
  );
  return totalRow + 2;
}

/**
 * Appends the ticket volume tracker below `grid.nextRow` (after one blank row): per category per
 * day and per month with charts, the same per channel, created vs resolved vs backlog, and backlog
 * aging. `tally` is the build's MonthTally of the same context, made here when not given. Returns
 * notes for the user (no category or channel, too many to chart).
 */
export function addVolumeSections(
  grid: Grid,
  context: ReportContext,
  tally: MonthTally = tallyMonths(context),
): string[] {
  const say = sayIn(context.locale);
  const buckets = bucketVolume(context, tally);
  const first = Math.min(firstSlotOf(tally.createdSlot, context.months.length), context.months.length - 1);

  const byCategory = dimensionTables(
    buckets,
    {
      groups: buckets.categories,
      named: buckets.hasCategory,
      keys: {
        daily: "report.volume.categoryDaily.title",
        monthly: "report.volume.categoryMonthly.title",
        blank: "report.volume.blankCategory",
        capped: "report.volume.cappedCategories",
      },
    },
    context,
    first,
  );
  const byChannel = buckets.hasChannel
    ? dimensionTables(
        buckets,
        {
          groups: buckets.channels,
          named: true,
          keys: {
            daily: "report.volume.channelDaily.title",
            monthly: "report.volume.channelMonthly.title",
            blank: "report.volume.blankChannel",
            capped: "report.volume.cappedChannels",
          },
        },
        context,
        first,
      )
    : null;
  const notes = [
    buckets.hasCategory ? byCategory.capped : say("report.volume.noCategory"),
    byChannel ? byChannel.capped : say("report.volume.noChannel"),
  ].filter((note): note is string => note !== null);

  let row = grid.nextRow === 1 ? 1 : grid.nextRow + 1;
  grid.band(row++, SECTION_WIDTH, say("report.volume.title"), SECTION_STYLE);
  for (const note of [say("report.volume.note.counting", { zone: context.timeZone }), ...notes]) {
    grid.set(row++, 1, note, NOTE_STYLE);
  }
  row++;
  // The charts' rows first; the tables they draw follow.
  const tables = byChannel
    ? [byCategory.monthly, byCategory.daily, byChannel.monthly, byChannel.daily]
    : [byCategory.monthly, byCategory.daily];
  // Without resolved times or statuses every ticket would look open: no backlog here, as in the tracker.
  const chartCount = tables.length + (tally.backlogKnown ? 2 : 0);
  const chartsTop = row;
  row += Math.ceil(chartCount / 2) * CHART_ROWS + 1;
  const tickets = say("report.volume.axis.tickets");
  const other = say("report.volume.other");
  const charts: Omit<ChartPlan, "anchor" | "width" | "height">[] = [];
  const categoryColors = new Map<string, string>();
  const channelColors = new Map<string, string>();
  tables.forEach((table, i) => {
    const written = writeSeriesTable(grid, row, table, context.locale);
    row = written.next;
    charts.push({
      type: "stackedColumn",
      data: written.data,
      title: table.title,
      xAxisTitle: table.xAxisTitle,
      yAxisTitle: tickets,
      colors: colorsOf(table.series.names, i < 2 ? categoryColors : channelColors, other),
      legend: table.series.names.length > 1 ? "right" : "none",
    });
  });
  const volume = tally.backlogKnown ? writeCreatedResolved(grid, row, tally, context, first) : null;
  const month = say("report.volume.axis.month");
  // Created and resolved first (they frame the month), the backlog beside them on its own axis.
  if (volume)
    charts.splice(
      2,
      0,
      {
        data: volume.lines,
        title: say("report.chart.createdResolved"),
        xAxisTitle: month,
        yAxisTitle: tickets,
        colors: [CREATED_COLOR, RESOLVED_COLOR],
        legend: "bottom",
      },
      {
        type: "stackedColumn",
        data: volume.months,
        more: [volume.backlog],
        title: say("report.chart.backlog"),
        xAxisTitle: month,
        yAxisTitle: tickets,
        colors: [BACKLOG_COLOR],
        legend: "none",
      },
    );
  charts.forEach((chart, i) => {
    grid.charts.push({
      ...chart,
      anchor: { row: chartsTop + Math.floor(i / 2) * CHART_ROWS, column: i % 2 === 0 ? 1 : CHART_COLUMN_2 },
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
    });
  });
  if (volume) writeAging(grid, volume.next, buckets, context);
  return notes;
}
